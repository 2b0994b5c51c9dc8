import type { PathTopic } from './learning-path.ts';

/** Each topic's name as residents and curators read it: the path list's headings and the path editor's choices. */
export const TOPIC_NAMES: Record<PathTopic, string> = {
  'getting-started': 'Getting started',
  'staying-safe': 'Staying safe',
  'keeping-in-touch': 'Keeping in touch',
  'nhs-online': 'The NHS online',
  'money-and-benefits': 'Money and benefits',
  'local-help': 'Help near you',
};
