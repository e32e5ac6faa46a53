import type { ScreenProps } from '../screenProps.ts';
import { TrendsView } from './TrendsView.tsx';
import './trends.css';

/** The Trends tab (`view=trends`), loaded on first use. */
export default function TrendsScreen(props: ScreenProps) {
  return <TrendsView {...props} />;
}
