import * as z from 'zod/mini';
import type { StepOutcome } from '../paths/learning-path.ts';
import { LearnerSchema, type Learner } from './learner.ts';
import { ProgressSchema, type Progress } from './progress.ts';
import { recordId } from './record-id.ts';
import { SessionSchema, type Session } from './session.ts';
import { invalid, succeeded, type StoreResult } from './store-result.ts';

/*
 * The file a helper saves to move learners to another device or keep a copy: each learner with their own
 * sessions and progress nested inside, so a session can never name a different learner than its parent.
 * `version` is the file format's, not the database's: it changes only when this shape does.
 */

export const LEARNER_EXPORT_FORMAT = 'signpost-learners';
/** Version 2: progress says how each step went. Version 1 files (steps done only) are still read. */
export const LEARNER_EXPORT_VERSION = 2;

const NOT_OUR_FILE = 'This is not a Signpost learners file.';

function learnersFileSchema<Version extends number, ProgressShape extends z.ZodMiniType>(
  version: Version,
  progress: ProgressShape,
) {
  return z.object(
    {
      format: z.literal(LEARNER_EXPORT_FORMAT, { error: NOT_OUR_FILE }),
      version: z.literal(version, {
        error: 'This file was made by a newer version of Signpost. Update Signpost, then try again.',
      }),
      /** When the file was made: ISO date and time, UTC. */
      exported: z.iso.datetime({
        error: 'The date the file was made must be a date and time like 2025-06-30T10:15:00Z.',
      }),
      learners: z.array(
        z.extend(LearnerSchema, {
          sessions: z.array(z.omit(SessionSchema, { learnerId: true }), { error: 'The sessions must be a list.' }),
          progress: z.array(progress, { error: 'The progress must be a list.' }),
        }),
        { error: 'The learners must be a list.' },
      ),
    },
    { error: NOT_OUR_FILE },
  );
}

export const LearnerExportSchema = learnersFileSchema(
  LEARNER_EXPORT_VERSION,
  z.omit(ProgressSchema, { learnerId: true }),
);
export type LearnerExport = z.infer<typeof LearnerExportSchema>;

/** Version 1 files, from before progress kept outcomes: each path listed only the ids of the steps done. */
const LearnerExportV1Schema = learnersFileSchema(
  1,
  z.object({
    pathId: recordId('A path id'),
    stepsDone: z.array(recordId('A step id'), { error: 'The steps done must be a list.' }),
  }),
);
type LearnerExportV1 = z.infer<typeof LearnerExportV1Schema>;

/**
 * A version 1 file as version 2 would have said it: each step done becomes 'done'. migrations.ts does the
 * same for version 2 databases with its own frozen copy, so a change here never changes a shipped migration.
 */
function fromVersionOne(file: LearnerExportV1): LearnerExport {
  return {
    ...file,
    version: LEARNER_EXPORT_VERSION,
    learners: file.learners.map((learner) => ({
      ...learner,
      progress: learner.progress.map(({ pathId, stepsDone }) => ({
        pathId,
        outcomes: Object.fromEntries(stepsDone.map((stepId): [string, StepOutcome] => [stepId, 'done'])),
      })),
    })),
  };
}

/** The export file for these records; sessions and progress of learners not listed are left out. */
export function buildLearnerExport(
  exported: Date,
  learners: Learner[],
  sessions: Session[],
  progress: Progress[],
): LearnerExport {
  return {
    format: LEARNER_EXPORT_FORMAT,
    version: LEARNER_EXPORT_VERSION,
    exported: exported.toISOString(),
    learners: learners.map((learner) => ({
      ...learner,
      sessions: sessions
        .filter((session) => session.learnerId === learner.id)
        .map(({ learnerId: _learnerId, ...session }) => session),
      progress: progress
        .filter((record) => record.learnerId === learner.id)
        .map(({ learnerId: _learnerId, ...record }) => record),
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
  const json = typeof data === 'string' ? parseJson(data) : data;
  const isVersionOne = typeof json === 'object' && json !== null && 'version' in json && json.version === 1;
  const parsed = isVersionOne ? LearnerExportV1Schema.safeParse(json) : LearnerExportSchema.safeParse(json);
  if (parsed.success) return succeeded(parsed.data.version === 1 ? fromVersionOne(parsed.data) : parsed.data);
  return invalid(`${parsed.error.issues[0]?.message ?? NOT_OUR_FILE} Nothing was imported.`);
}
