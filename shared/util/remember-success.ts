/**
 * `load`, called at most once while it succeeds: its answer is kept for every later call. A rejection is
 * forgotten, so the next call tries again (a resident who was offline for one search is not stuck).
 */
export function rememberSuccess<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => {
    if (kept) return kept;
    const attempt = load();
    kept = attempt;
    attempt.catch(() => {
      if (kept === attempt) kept = undefined;
    });
    return attempt;
  };
}
