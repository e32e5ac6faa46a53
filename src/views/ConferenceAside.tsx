import conferenceJson from '../../data/conference-2020-01-06.json';
import { tryParseConference } from '../domain/conference.ts';
import { ConferencePanel, type ConferencePanelProps } from './ConferencePanel.tsx';

// Validated once; a malformed summary hides the panel instead of breaking the page.
const conference = tryParseConference(conferenceJson);

export type ConferenceAsideProps = Omit<ConferencePanelProps, 'summary'>;

/** The 06/01/2020 conference summary with its data: a chunk of its own (app/conferenceAside.ts). */
export function ConferenceAside(props: ConferenceAsideProps) {
  return conference.ok ? <ConferencePanel summary={conference.value} {...props} /> : null;
}
