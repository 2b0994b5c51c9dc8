import type { ImportConflict, ImportReport } from '../../store/plan-import.ts';
import { dateText } from '../../directory/resource-facts.ts';

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
  if (report.progressUpdated > 0)
    lines.push(`Added new progress on ${count(report.progressUpdated, 'path', 'paths')}.`);
  if (report.plansUpdated > 0)
    lines.push(
      `Brought in ${count(report.plansUpdated, 'plan', 'plans')} from the file. Where a learner had two, the newer is kept.`,
    );
  if (lines.length === 0 && report.conflicts.length === 0)
    lines.push('Everything in this file was already on this computer. Nothing was changed.');
  return lines;
}

/**
 * Why one record in the file was left out, and how to keep it: "Keep both" is the button beside the list.
 * Said here, not in the store, so it uses the panel's words ("this computer") and dates as people say them.
 */
export function describeConflict(conflict: ImportConflict): string {
  const keepBoth = 'Press Keep both to keep both.';
  if (conflict.kind === 'learner') {
    return `${conflict.importedName} in the file and ${conflict.storedName} on this computer are saved as the same person, but their details are different. ${keepBoth}`;
  }
  return `The session with ${conflict.learnerName} on ${dateText(conflict.date)} is different on this computer. ${keepBoth}`;
}
