import type { CarePlan } from './care-plan.ts';
import { canonicalJson } from './canonical-json.ts';
import type { Learner } from './learner.ts';
import type { LearnerExport } from './learner-export.ts';
import { mergeStepOutcomes } from './merge-step-outcomes.ts';
import type { Progress } from './progress.ts';
import type { Session } from './session.ts';

/*
 * How a learners file merges into what the device holds. Nothing is ever overwritten:
 * - a learner or session the device lacks is added; one it holds with the same data is left alone, so
 *   importing the same file twice changes nothing;
 * - one it holds with the same id but different data is a conflict. With 'report' (the default) it is
 *   skipped and reported, and so is everything of a conflicting learner's; with 'keep-both' the file's
 *   copy is added beside it under an id made from the old id and a hash of the copy's data, so a second
 *   import finds that copy and again changes nothing;
 * - progress on the same path is merged step by step (merge-step-outcomes.ts): a step with an outcome on
 *   either side keeps one, and where both have one, 'done' beats 'needed-help' beats 'skipped';
 * - a care plan is a living thing, changed every session, so the newer of the two (by `updatedAt`) is
 *   kept, and the report says how many plans the file brought in or brought up to date.
 */

export interface LearnerRecords {
  learners: Learner[];
  sessions: Session[];
  progress: Progress[];
  plans: CarePlan[];
}

export type ImportConflictChoice = 'report' | 'keep-both';

/** A record left out because what is stored under its id differs. The UI words it (describe-import.ts). */
export type ImportConflict =
  | { kind: 'learner'; learnerId: string; storedName: string; importedName: string }
  /** `date` is the session's day, "2025-05-03". */
  | { kind: 'session'; sessionId: string; learnerName: string; date: string };

export interface ImportReport {
  learnersAdded: number;
  sessionsAdded: number;
  /** Paths where the file added to a learner's progress: a step not tried here, or one they got further with. */
  progressUpdated: number;
  /** Care plans the file added, or replaced with its newer copy. */
  plansUpdated: number;
  /** Learners and sessions the device already held, exactly the same. */
  unchanged: number;
  /** Records left out; empty with 'keep-both'. Import again with 'keep-both' to keep them too. */
  conflicts: ImportConflict[];
}

export interface ImportPlan {
  /** Records to write: new ones, and progress with merged steps. Nothing stored is changed otherwise. */
  writes: LearnerRecords;
  report: ImportReport;
}

type Placement<T> = { outcome: 'added' | 'unchanged'; record: T } | { outcome: 'conflict'; stored: T };

/** FNV-1a, 32 bits: short, stable across devices, and only has to tell one record's copies apart. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Where `record` goes among `stored` (keyed by id), adding it to `stored` when it is new. */
function place<T extends { id: string }>(
  stored: Map<string, T>,
  record: T,
  choice: ImportConflictChoice,
): Placement<T> {
  const existing = stored.get(record.id);
  if (existing === undefined) {
    stored.set(record.id, record);
    return { outcome: 'added', record };
  }
  if (canonicalJson(existing) === canonicalJson(record)) return { outcome: 'unchanged', record: existing };
  if (choice === 'report') return { outcome: 'conflict', stored: existing };
  const copy = { ...record, id: `${record.id}~${hashOf(canonicalJson(record))}` };
  return copy.id === record.id ? { outcome: 'conflict', stored: existing } : place(stored, copy, 'report');
}

function progressKey(learnerId: string, pathId: string): string {
  return JSON.stringify([learnerId, pathId]);
}

/** Works out what importing `file` into `stored` writes, and what to tell the helper. Pure. */
export function planImport(
  stored: LearnerRecords,
  file: LearnerExport,
  choice: ImportConflictChoice = 'report',
): ImportPlan {
  const learners = new Map(stored.learners.map((learner) => [learner.id, learner]));
  const sessions = new Map(stored.sessions.map((session) => [session.id, session]));
  const progress = new Map(stored.progress.map((record) => [progressKey(record.learnerId, record.pathId), record]));
  const plans = new Map(stored.plans.map((plan) => [plan.learnerId, plan]));
  const writes: LearnerRecords = { learners: [], sessions: [], progress: [], plans: [] };
  const report: ImportReport = {
    learnersAdded: 0,
    sessionsAdded: 0,
    progressUpdated: 0,
    plansUpdated: 0,
    unchanged: 0,
    conflicts: [],
  };

  for (const { sessions: fileSessions, progress: fileProgress, plan: filePlan, ...fileLearner } of file.learners) {
    const learner = place(learners, fileLearner, choice);
    if (learner.outcome === 'conflict') {
      report.conflicts.push({
        kind: 'learner',
        learnerId: fileLearner.id,
        storedName: learner.stored.name,
        importedName: fileLearner.name,
      });
      continue;
    }
    if (learner.outcome === 'added') {
      writes.learners.push(learner.record);
      report.learnersAdded += 1;
    } else {
      report.unchanged += 1;
    }
    const learnerId = learner.record.id;

    for (const fileSession of fileSessions) {
      const session = place(sessions, { ...fileSession, learnerId }, choice);
      if (session.outcome === 'conflict') {
        report.conflicts.push({
          kind: 'session',
          sessionId: fileSession.id,
          learnerName: learner.record.name,
          date: fileSession.date,
        });
      } else if (session.outcome === 'added') {
        writes.sessions.push(session.record);
        report.sessionsAdded += 1;
      } else {
        report.unchanged += 1;
      }
    }

    for (const { pathId, outcomes } of fileProgress) {
      const key = progressKey(learnerId, pathId);
      const before = progress.get(key);
      const merged = mergeStepOutcomes(before?.outcomes ?? {}, outcomes);
      if (before !== undefined && canonicalJson(merged) === canonicalJson(before.outcomes)) continue;
      const record = { learnerId, pathId, outcomes: merged };
      progress.set(key, record);
      writes.progress = [
        ...writes.progress.filter((written) => progressKey(written.learnerId, written.pathId) !== key),
        record,
      ];
      report.progressUpdated += 1;
    }

    if (filePlan !== undefined) {
      const plan: CarePlan = { ...filePlan, learnerId };
      const here = plans.get(learnerId);
      if (here === undefined || (canonicalJson(here) !== canonicalJson(plan) && plan.updatedAt > here.updatedAt)) {
        plans.set(learnerId, plan);
        writes.plans = [...writes.plans.filter((written) => written.learnerId !== learnerId), plan];
        report.plansUpdated += 1;
      }
    }
  }
  return { writes, report };
}
