import * as z from 'zod/mini';
import type { StepOutcome } from '../paths/learning-path.ts';
import { CarePlanSchema, type CarePlan } from './care-plan.ts';
import { LearnerSchema, type Learner } from './learner.ts';
import { ProgressSchema, type Progress } from './progress.ts';
import { recordId } from './record-id.ts';
import { SessionSchema, type Session } from './session.ts';
import { invalid, succeeded, type StoreResult } from './store-result.ts';

/*
 * The file a helper saves to move learners to another device or keep a copy: each learner with their own
 * sessions, progress and plan nested inside, so nothing can name a different learner than its parent.
 * `version` is the file format's, not the database's: it changes only when this shape does.
 */

export const LEARNER_EXPORT_FORMAT = 'signpost-learners';
/** Version 3: each learner may carry their digital care plan. Versions 1 and 2 are still read. */
export const LEARNER_EXPORT_VERSION = 3;

/**
 * The most a learners file may be, saving or opening: one limit, so a file saved on one computer always
 * opens on another. A learners file is small text; a much bigger one is not one, and reading it would stall.
 */
export const MAX_LEARNERS_FILE_BYTES = 5_000_000;
/** Saving warns from here on, before a growing file reaches the limit. */
export const LEARNERS_FILE_WARNING_BYTES = 4_000_000;

const NOT_OUR_FILE = 'This is not a Signpost learners file.';
const NEWER_FILE = 'This file was made by a newer version of Signpost. Update Signpost, then try again.';
const DAMAGED = 'This learners file is damaged';

const SessionInFileSchema = z.omit(SessionSchema, { learnerId: true });
const PlanInFileSchema = z.omit(CarePlanSchema, { learnerId: true });

function learnersFileSchema<
  Version extends number,
  ProgressShape extends z.ZodMiniType,
  PlanShape extends z.ZodMiniType,
>(version: Version, progress: ProgressShape, plan: PlanShape) {
  return z.object(
    {
      format: z.literal(LEARNER_EXPORT_FORMAT, { error: NOT_OUR_FILE }),
      version: z.literal(version),
      /** When the file was made: ISO date and time, UTC. */
      exported: z.iso.datetime({
        error: 'The date the file was made must be a date and time like 2025-06-30T10:15:00Z.',
      }),
      learners: z.array(
        z.extend(LearnerSchema, {
          sessions: z.array(SessionInFileSchema, { error: 'The sessions must be a list.' }),
          progress: z.array(progress, { error: 'The progress must be a list.' }),
          plan,
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
  z.optional(PlanInFileSchema),
);
export type LearnerExport = z.infer<typeof LearnerExportSchema>;

/** Version 2 files, from before care plans: the same, with no plan. */
const LearnerExportV2Schema = learnersFileSchema(
  2,
  z.omit(ProgressSchema, { learnerId: true }),
  z.optional(z.undefined()),
);

/** Version 1 files, from before progress kept outcomes: each path listed only the ids of the steps done. */
const LearnerExportV1Schema = learnersFileSchema(
  1,
  z.object({
    pathId: recordId('A path id'),
    stepsDone: z.array(recordId('A step id'), { error: 'The steps done must be a list.' }),
  }),
  z.optional(z.undefined()),
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
    learners: file.learners.map(({ plan: _plan, ...learner }) => ({
      ...learner,
      progress: learner.progress.map(({ pathId, stepsDone }) => ({
        pathId,
        outcomes: Object.fromEntries(stepsDone.map((stepId): [string, StepOutcome] => [stepId, 'done'])),
      })),
    })),
  };
}

/** The export file for these records; sessions, progress and plans of learners not listed are left out. */
export function buildLearnerExport(
  exported: Date,
  learners: Learner[],
  sessions: Session[],
  progress: Progress[],
  plans: CarePlan[] = [],
): LearnerExport {
  return {
    format: LEARNER_EXPORT_FORMAT,
    version: LEARNER_EXPORT_VERSION,
    exported: exported.toISOString(),
    learners: learners.map((learner) => {
      const plan = plans.find((candidate) => candidate.learnerId === learner.id);
      return {
        ...learner,
        sessions: sessions
          .filter((session) => session.learnerId === learner.id)
          .map(({ learnerId: _learnerId, ...session }) => session),
        progress: progress
          .filter((record) => record.learnerId === learner.id)
          .map(({ learnerId: _learnerId, ...record }) => record),
        ...(plan === undefined ? {} : { plan: (({ learnerId: _learnerId, ...rest }) => rest)(plan) }),
      };
    }),
  };
}

/** "4.2 MB": sizes as people read them. */
function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export interface LearnersFileText {
  text: string;
  bytes: number;
  /** Said before the file reaches the size limit; absent while there is room. */
  warning?: string;
}

/**
 * The learners file as text to save, if another computer will be able to open it (MAX_LEARNERS_FILE_BYTES).
 * Too big: refused, nothing saved, and said how to save less. Nearly too big: saved, with a warning.
 */
export function learnersFileText(file: LearnerExport): StoreResult<LearnersFileText> {
  const text = JSON.stringify(file, null, 2);
  const bytes = new TextEncoder().encode(text).length;
  const limit = megabytes(MAX_LEARNERS_FILE_BYTES);
  if (bytes > MAX_LEARNERS_FILE_BYTES) {
    return invalid(
      `This file would be ${megabytes(bytes)}, too big for Signpost to open on another computer (the most is ${limit}). ` +
        'Nothing was saved. Save learners one at a time, or erase learners you no longer need, then try again.',
    );
  }
  if (bytes < LEARNERS_FILE_WARNING_BYTES) return succeeded({ text, bytes });
  return succeeded({
    text,
    bytes,
    warning:
      `This file is ${megabytes(bytes)}. Signpost cannot open a learners file over ${limit}, so it is nearly too big. ` +
      'Next time, save learners one at a time, or erase learners you no longer need.',
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function hasOwn(json: unknown, key: string): json is Record<string, unknown> {
  return typeof json === 'object' && json !== null && Object.hasOwn(json, key);
}

/** The first problem, in the schema's own plain words; zod's developer wording becomes "damaged". */
function firstProblem(error: z.core.$ZodError): string {
  const message = error.issues[0]?.message;
  return message === undefined || message.startsWith('Invalid input') ? `${DAMAGED}.` : message;
}

/**
 * Checks a learners file, given as its text or as parsed JSON. The whole file is refused, with what is
 * actually wrong: not a learners file; from a newer Signpost (only when its version really is higher);
 * damaged (a wrong version, a missing field); or holding anything a learner record may not (an email
 * address as a name, a name that shows reversed).
 */
export function parseLearnerExport(data: unknown): StoreResult<LearnerExport> {
  const json = typeof data === 'string' ? parseJson(data) : data;
  const refused = (message: string) => invalid(`${message} Nothing was imported.`);
  if (!hasOwn(json, 'format') || json.format !== LEARNER_EXPORT_FORMAT) return refused(NOT_OUR_FILE);
  const version = hasOwn(json, 'version') ? json.version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > LEARNER_EXPORT_VERSION) {
    return refused(NEWER_FILE);
  }
  if (version === 1) {
    const parsed = LearnerExportV1Schema.safeParse(json);
    return parsed.success ? succeeded(fromVersionOne(parsed.data)) : refused(firstProblem(parsed.error));
  }
  if (version === 2) {
    const parsed = LearnerExportV2Schema.safeParse(json);
    if (!parsed.success) return refused(firstProblem(parsed.error));
    return succeeded({ ...parsed.data, version: LEARNER_EXPORT_VERSION } as LearnerExport);
  }
  if (version !== LEARNER_EXPORT_VERSION) return refused(`${DAMAGED}: its version is missing or wrong.`);
  const parsed = LearnerExportSchema.safeParse(json);
  return parsed.success ? succeeded(parsed.data) : refused(firstProblem(parsed.error));
}
