import { MapView } from './MapView.tsx';
import type { ScreenProps } from '../screenProps.ts';
import '../subindices/legend.css';
import './map.css';

/** The Map tab (`view=map`), loaded on first use; the province boundaries load only from here. */
export default function MapScreen(props: ScreenProps) {
  return <MapView {...props} />;
}
