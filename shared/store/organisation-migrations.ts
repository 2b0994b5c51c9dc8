import type { DBSchema } from 'idb';
import type { StepFix } from '../paths/step-fix.ts';
import type { AnyDatabase, Migration } from './open-versioned-database.ts';

/*
 * The organisation database's shape, version by version: the organisation's own learning paths and its
 * fixes to steps, shared by everyone who uses Signpost on this computer (not by learner). A database of
 * its own, apart from the learners', so each has its own numbered migrations and neither's upgrade waits
 * on the other. ORGANISATION_MIGRATIONS[N] upgrades version N to N + 1; never edit a shipped one: add one.
 */

/** A path as saved from the options page: kept even when not ready, so a curator's work is never lost. */
export interface SavedPathV1 {
  id: string;
  /** The path as the curator left it: a LearningPath when `ready`, perhaps with gaps when not. */
  json: unknown;
  /** When it was saved: ISO 8601 date and time, UTC. */
  savedAt: string;
  /** True when it passed every check of `signpost check-path` when saved: only ready paths are offered to learners. */
  ready: boolean;
}

/** Version 1 (current): paths by id; fixes by path and step. */
export interface OrganisationDB extends DBSchema {
  paths: { key: string; value: SavedPathV1 };
  fixes: { key: [string, string]; value: StepFix };
}

function createPathsAndFixes(db: AnyDatabase): void {
  db.createObjectStore('paths', { keyPath: 'id' });
  db.createObjectStore('fixes', { keyPath: ['pathId', 'stepId'] });
}

export const ORGANISATION_MIGRATIONS: readonly Migration[] = [createPathsAndFixes];

export const ORGANISATION_DB_VERSION = ORGANISATION_MIGRATIONS.length;
