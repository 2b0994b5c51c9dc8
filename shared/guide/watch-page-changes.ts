import { searchRoots, type SearchRoot } from './search-roots.ts';

const WHAT_CHANGES = { childList: true, subtree: true, attributes: true, characterData: true } as const;

/** Quiet time after a change before `onChange` runs: a single-page app changes hundreds of nodes in a burst. */
const SETTLE_MS = 50;

/**
 * Calls `onChange` soon after anything changes in `root` or in the shadow roots and same-origin frames inside
 * it (at most once per 50 ms), and every `recheckMs` milliseconds anyway: a shadow root attached to an
 * existing element, or a frame that loads a new page, changes nothing a MutationObserver can see.
 * Returns the function that stops watching.
 */
export function watchPageChanges(root: SearchRoot, onChange: () => void, recheckMs = 1000): () => void {
  const watched = new Set<Node>();
  let settling: ReturnType<typeof setTimeout> | undefined;

  const watchNewRoots = () => {
    for (const each of searchRoots(root)) {
      if (watched.has(each)) continue;
      watched.add(each);
      observer.observe(each, WHAT_CHANGES);
    }
  };
  const changed = () => {
    settling = undefined;
    watchNewRoots();
    onChange();
  };
  const observer = new MutationObserver(() => {
    settling ??= setTimeout(changed, SETTLE_MS);
  });

  watchNewRoots();
  const recheck = setInterval(changed, recheckMs);
  return () => {
    observer.disconnect();
    clearTimeout(settling);
    clearInterval(recheck);
  };
}
