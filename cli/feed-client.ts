import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fetchJson } from '../shared/util/fetch-json.ts';
import { writeFileAtomically } from './write-output.ts';

/*
 * How `signpost pull` asks a feed for one address: politely and patiently. Each request gives up after
 * `timeoutMs`; a timeout, a network failure, 429 Too Many Requests (waiting as long as Retry-After says) or
 * a 5xx is tried again after a growing wait; anything else (404, a web page, another site's answer through a
 * redirect, broken JSON) is final. With a cache folder every answer is kept, so a pull that stops part-way
 * starts again without asking twice.
 */

export interface FeedClientSettings {
  timeoutMs: number;
  /** Tries after the first. */
  retries: number;
  /** The first wait before trying again; each later wait doubles. */
  backoffMs: number;
  /** The longest wait a Retry-After header may ask for. */
  maxWaitMs: number;
  cacheFolder?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export type FeedAnswer = { ok: true; data: unknown; cached: boolean } | { ok: false; problem: string };

export function feedClient(settings: FeedClientSettings): (url: string) => Promise<FeedAnswer> {
  const sleep = settings.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const cachePath = (url: string) =>
    settings.cacheFolder && join(settings.cacheFolder, `${createHash('sha256').update(url).digest('hex')}.json`);
  let folderMade: Promise<unknown> | undefined;

  return async (url) => {
    const path = cachePath(url);
    if (path) {
      try {
        const kept = JSON.parse(await readFile(path, 'utf8')) as { url?: unknown; data?: unknown };
        if (kept.url === url) return { ok: true, data: kept.data, cached: true };
      } catch {
        // Not kept yet (or a half-written file from a crash, which the atomic write rules out): ask the feed.
      }
    }
    let problem = '';
    for (let attempt = 0; attempt <= settings.retries; attempt += 1) {
      const answer = await fetchJson(url, settings.timeoutMs, settings.fetch);
      if (answer.ok) {
        if (path) {
          folderMade ??= mkdir(settings.cacheFolder!, { recursive: true });
          await folderMade;
          await writeFileAtomically(path, JSON.stringify({ url, data: answer.data }));
        }
        return { ok: true, data: answer.data, cached: false };
      }
      problem = answer.problem;
      const again = answer.status === undefined || answer.status === 429 || answer.status >= 500;
      if (!again || attempt === settings.retries) break;
      const asked = answer.status === 429 ? retryAfterMs(answer.retryAfter) : undefined;
      await sleep(Math.min(asked ?? settings.backoffMs * 2 ** attempt, settings.maxWaitMs));
    }
    return { ok: false, problem };
  };
}

/** Retry-After in seconds ("30") or as an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** Runs `work` on every item, at most `concurrency` at once; results in the items' order. */
export async function inPool<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results;
}
