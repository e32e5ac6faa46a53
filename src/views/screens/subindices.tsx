import type { ScreenProps } from '../screenProps.ts';
import { SubIndicesView } from '../subindices/SubIndicesView.tsx';
import '../subindices/legend.css';
import '../subindices/subindices.css';

/** The Sub-indices tab (`view=subindices`), loaded on first use. */
export default function SubIndicesScreen(props: ScreenProps) {
  return <SubIndicesView {...props} />;
}
