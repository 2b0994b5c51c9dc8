/** The days of the week as ORUK's byday writes them, Monday first. In a module of their own, with no zod. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
