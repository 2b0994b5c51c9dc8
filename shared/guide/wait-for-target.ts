import type { Target } from '../paths/learning-path.ts';
import { findTarget } from './find-target.ts';
import type { SearchRoot } from './search-roots.ts';
import { watchPageChanges } from './watch-page-changes.ts';

/** The end of a wait: the element, or that it never showed in time, or that the wait was called off. */
export type TargetSearch =
  { kind: 'found'; element: Element } | { kind: 'missing'; waitedMs: number } | { kind: 'cancelled' };

export interface WaitOptions {
  /** How long to wait for the target to appear, in milliseconds. */
  timeoutMs: number;
  /** Calls the wait off, for example when the helper moves to another step. */
  signal?: AbortSignal;
}

/**
 * Waits for a step's target to be on the page (see findTarget): at once if it is there, else as soon as the
 * page shows it (pages load late, and single-page apps change without loading a new page). Never rejects:
 * gives `missing` after `timeoutMs` milliseconds, and `cancelled` when `signal` aborts.
 */
export function waitForTarget(
  root: SearchRoot,
  target: Target,
  { timeoutMs, signal }: WaitOptions,
): Promise<TargetSearch> {
  if (signal?.aborted) return Promise.resolve({ kind: 'cancelled' });
  const now = findTarget(root, target);
  if (now) return Promise.resolve({ kind: 'found', element: now });

  return new Promise((resolve) => {
    const finish = (search: TargetSearch) => {
      stopWatching();
      clearTimeout(giveUp);
      signal?.removeEventListener('abort', cancel);
      resolve(search);
    };
    const cancel = () => finish({ kind: 'cancelled' });
    const stopWatching = watchPageChanges(root, () => {
      const element = findTarget(root, target);
      if (element) finish({ kind: 'found', element });
    });
    const giveUp = setTimeout(() => finish({ kind: 'missing', waitedMs: timeoutMs }), timeoutMs);
    signal?.addEventListener('abort', cancel, { once: true });
  });
}
