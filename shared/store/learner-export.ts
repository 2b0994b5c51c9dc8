import * as z from 'zod/mini';
import { LearnerSchema, type Learner } from './learner.ts';
import { ProgressSchema, type Progress } from './progress.ts';
import { SessionSchema, type Session } from './session.ts';
import { invalid, succeeded, type StoreResult } from './store-result.ts';

/*
 * The file a helper saves to move learners to another device or keep a copy: each learner with their own
 * sessions and progress nested inside, so a session can never name a different learner than its parent.
 * `version` is the file format's, not the database's: it changes only when this shape does.
 */

export const LEARNER_EXPORT_FORMAT = 'signpost-learners';
export const LEARNER_EXPORT_VERSION = 1;

const NOT_OUR_FILE = 'This is not a Signpost learners file.';

export const ExportedLearnerSchema = z.extend(LearnerSchema, {
  sessions: z.array(z.omit(SessionSchema, { learnerId: true }), { error: 'The sessions must be a list.' }),
  progress: z.array(z.omit(ProgressSchema, { learnerId: true }), { error: 'The progress must be a list.' }),
});
export type ExportedLearner = z.infer<typeof ExportedLearnerSchema>;

export const LearnerExportSchema = z.object(
  {
    format: z.literal(LEARNER_EXPORT_FORMAT, { error: NOT_OUR_FILE }),
    version: z.literal(LEARNER_EXPORT_VERSION, { error: 'This file was made by a newer version of Signpost. Update Signpost, then try again.' }),
    /** When the file was made: ISO date and time, UTC. */
    exported: z.iso.datetime({ error: 'The date the file was made must be a date and time like 2025-06-30T10:15:00Z.' }),
    learners: z.array(ExportedLearnerSchema, { error: 'The learners must be a list.' }),
  },
  { error: NOT_OUR_FILE },
);
export type LearnerExport = z.infer<typeof LearnerExportSchema>;

/** The export file for these records; sessions and progress of learners not listed are left out. */
export function buildLearnerExport(exported: Date, learners: Learner[], sessions: Session[], progress: Progress[]): LearnerExport {
  return {
    format: LEARNER_EXPORT_FORMAT,
    version: LEARNER_EXPORT_VERSION,
    exported: exported.toISOString(),
    learners: learners.map((learner) => ({
      ...learner,
      sessions: sessions.filter((session) => session.learnerId === learner.id).map(({ learnerId: _learnerId, ...session }) => session),
      progress: progress.filter((record) => record.learnerId === learner.id).map(({ learnerId: _learnerId, ...record }) => record),
    })),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Checks a learners file, given as its text or as parsed JSON. A file that is damaged, from a newer
 * Signpost, or holds anything a learner record may not (an email address as a name) is refused as a whole,
 * with the first problem in plain words.
 */
export function parseLearnerExport(data: unknown): StoreResult<LearnerExport> {
  const parsed = LearnerExportSchema.safeParse(typeof data === 'string' ? parseJson(data) : data);
  if (parsed.success) return succeeded(parsed.data);
  return invalid(`${parsed.error.issues[0]?.message ?? NOT_OUR_FILE} Nothing was imported.`);
}
