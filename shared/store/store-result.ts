/*
 * Every learner store call gives a value, never a throw: `{ ok: true, value }` or a failure whose
 * message can be shown to a helper or a resident as it is (plain English, says what to do).
 */

export type StoreFailureKind =
  /** The device is out of space (QuotaExceededError); nothing was saved. */
  | 'full'
  /** An older Signpost is open in another tab and holds the saved data at its old version. */
  | 'blocked'
  /** This browser will not save anything (private mode, storage turned off, data from a newer Signpost). */
  | 'unavailable'
  /** Another tab updated Signpost's saved data, so this tab let go of it. */
  | 'closed'
  | 'not-found'
  /** The data given was refused; the message says why. */
  | 'invalid'
  | 'failed';

export interface StoreFailure {
  ok: false;
  kind: StoreFailureKind;
  message: string;
}

export type StoreResult<T> = { ok: true; value: T } | StoreFailure;

const MESSAGES: Record<Exclude<StoreFailureKind, 'invalid'>, string> = {
  full: 'Your device is full, so this was not saved. Free some space and try again.',
  blocked:
    'Another Signpost page is open with an older version, so Signpost cannot update your saved learners yet. They are safe. Close other Signpost pages, then try again.',
  unavailable:
    'This browser is not letting Signpost save anything. It may be in private mode. You can carry on, but nothing will be saved.',
  closed: 'Signpost was updated in another tab. Close this tab and open Signpost again.',
  'not-found': 'We could not find that learner. They may have been erased.',
  failed: 'Something went wrong, so this was not saved. Please try again.',
};

export function storeFailure(kind: Exclude<StoreFailureKind, 'invalid'>): StoreFailure {
  return { ok: false, kind, message: MESSAGES[kind] };
}

export function invalid(message: string): StoreFailure {
  return { ok: false, kind: 'invalid', message };
}

export function succeeded<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

function nameOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : undefined;
}

/**
 * The failure for an error IndexedDB raised during a read or write. Names are from the IndexedDB spec
 * (https://w3c.github.io/IndexedDB/#exceptions): InvalidStateError comes from a connection this tab closed
 * because another tab asked to upgrade (see `blocking` in open-learner-database.ts).
 */
export function failureFrom(error: unknown): StoreFailure {
  switch (nameOf(error)) {
    case 'QuotaExceededError':
      return storeFailure('full');
    case 'InvalidStateError':
      return storeFailure('closed');
    default:
      return storeFailure('failed');
  }
}

/** Runs a read and turns anything IndexedDB throws into a failure value. */
export async function attempt<T>(read: () => Promise<T>): Promise<StoreResult<T>> {
  try {
    return succeeded(await read());
  } catch (error) {
    return failureFrom(error);
  }
}
