import type { ImportReport } from '../store/plan-import.ts';

function count(number: number, one: string, many: string): string {
  return `${number} ${number === 1 ? one : many}`;
}

/** What opening a learners file did, in plain words, one sentence a line. Conflicts are not included: they carry their own messages. */
export function describeImport(report: ImportReport): string[] {
  const added = [
    report.learnersAdded > 0 ? count(report.learnersAdded, 'learner', 'learners') : undefined,
    report.sessionsAdded > 0 ? count(report.sessionsAdded, 'session', 'sessions') : undefined,
  ].filter((part) => part !== undefined);
  const lines: string[] = [];
  if (added.length > 0) lines.push(`Added ${added.join(' and ')}.`);
  if (report.progressUpdated > 0) lines.push(`Added new progress on ${count(report.progressUpdated, 'path', 'paths')}.`);
  if (lines.length === 0 && report.conflicts.length === 0) lines.push('Everything in this file was already on this computer. Nothing was changed.');
  return lines;
}
