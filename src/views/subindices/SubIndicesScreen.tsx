import type { ScreenProps } from '../screenProps.ts';
import { SubIndicesView } from './SubIndicesView.tsx';
import './legend.css';
import './subindices.css';

/** The Sub-indices tab (`view=subindices`), loaded on first use. */
export default function SubIndicesScreen(props: ScreenProps) {
  return <SubIndicesView {...props} />;
}
