import { basename } from 'node:path';
import { importOpenReferral } from '../../shared/directory/interchange/import-open-referral.ts';
import { needsDetail, readFeedPage, type FeedVersion } from '../../shared/directory/interchange/open-referral-pages.ts';
import { outcodeLocator, postcodesIn } from '../../shared/directory/interchange/outcode-locator.ts';
import { isPlainObject } from '../../shared/directory/check-resource.ts';
import { commandArgs } from '../command-args.ts';
import type { Command, CommandIo } from '../io.ts';
import { feedClient, inPool, type FeedClientSettings } from '../feed-client.ts';
import { outcodeFiles } from '../outcode-files.ts';
import { outputIsAnInput } from '../write-output.ts';
import { importReport, keeperTerms, writePack } from './import.ts';

const USAGE = `Usage: signpost pull <feed-address> --out pack.json [--cache folder] [--concurrency n]
                     [--categories terms.csv] [--publisher name] [--publisher-email address] [--area name]
Reads a live Open Referral UK feed (v1 or v3: told from its first page) into a pack. Walks every page of
/services, then fetches /services/{id} for each service whose list entry has no place, contact or
times. Slow or busy feeds are asked again, waiting longer each time (and as long as a 429's Retry-After
says). Only https:// addresses, or http://localhost while testing.
  --out file              where to write the pack
  --cache folder          keep every answer here, so a pull that stopped part-way starts again from where it was
  --concurrency n         requests at once (default 4, at most 16)
  --categories file       your own terms: a CSV of term,category id rows
  --publisher name, --publisher-email address, --area name   as for import`;

/** What pull is patient with; tests make it quicker. */
export const PULL_DEFAULTS: Omit<FeedClientSettings, 'cacheFolder'> = {
  timeoutMs: 15_000,
  retries: 3,
  backoffMs: 1000,
  maxWaitMs: 60_000,
};

const PAGE_SIZE = 100;
const MAX_PAGES = 10_000;

/** `signpost pull https://…/v3 --out pack.json`: 0 when everything was fetched and kept, 1 when not, 2 for wrong use. */
export function pullCommand(client: Omit<FeedClientSettings, 'cacheFolder'> = PULL_DEFAULTS): Command {
  return async (args, io) => {
    const parsed = commandArgs(
      args,
      {
        options: {
          out: { type: 'string' },
          cache: { type: 'string' },
          concurrency: { type: 'string' },
          categories: { type: 'string' },
          publisher: { type: 'string' },
          'publisher-email': { type: 'string' },
          area: { type: 'string' },
        },
        positionals: { min: 1, max: 1 },
        usage: USAGE,
      },
      io,
    );
    if (typeof parsed === 'number') return parsed;
    const { out, cache, concurrency = '4', categories } = parsed.values;
    const address = parsed.positionals[0]!;
    const feed = feedBase(address);
    const wrong = !out
      ? 'Say where to write the pack with --out.'
      : typeof feed === 'string'
        ? feed
        : !/^([1-9]|1[0-6])$/.test(concurrency)
          ? '--concurrency must be a whole number from 1 to 16.'
          : outputIsAnInput(out, categories ? [categories] : []);
    if (wrong) {
      io.err(`${wrong}\n\n${USAGE}`);
      return 2;
    }
    const keeper = await keeperTerms(categories);
    if (typeof keeper === 'string') {
      io.err(keeper);
      return 2;
    }
    const pulled = await pullFeed(feed as URL, Number(concurrency), { ...client, cacheFolder: cache }, io);
    if (pulled.version === undefined) {
      io.err(pulled.failed[0] ?? `${address} is not an Open Referral UK feed.`);
      return 1;
    }
    const text = JSON.stringify(pulled.records);
    const locate = await outcodeLocator(postcodesIn(text), outcodeFiles());
    const source = `${(feed as URL).href}/services`;
    const imported = importOpenReferral([{ source, json: pulled.records }], { locate, keeper });
    const written = await writePack(
      {
        out: out!,
        publisher: parsed.values.publisher ?? (feed as URL).hostname,
        publisherEmail: parsed.values['publisher-email'],
        area: parsed.values.area ?? 'Not stated',
      },
      imported.resources,
    );
    if (written !== undefined) {
      io.err(written);
      return 1;
    }
    io.out(
      `Read ${(feed as URL).href} (Open Referral UK ${pulled.version}): ${plural(pulled.pages, 'page')}, ${plural(pulled.records.length, 'service')}, ${plural(pulled.details, 'detail')} fetched.`,
    );
    io.out(importReport(imported));
    if (pulled.failed.length > 0) {
      io.out(
        `${plural(pulled.failed.length, 'address', 'addresses')} could not be fetched (what was in the list was kept where there was one):`,
      );
      for (const failure of pulled.failed) io.out(`  ${failure}`);
    }
    io.out(`Wrote ${plural(imported.resources.length, 'resource')} to ${basename(out!)}.`);
    return imported.counts.leftOut === 0 && pulled.failed.length === 0 ? 0 : 1;
  };
}

/**
 * The feed's base address (without /services), or a message. Only https, except localhost over http
 * while testing: a feed's data should not be readable or changeable on the way.
 */
function feedBase(address: string): URL | string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `"${address}" is not a web address. Give the feed's address, like https://example.org/api/v3.`;
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    return `${address} does not start with https://. Signpost reads feeds only over https (http only on localhost, for testing).`;
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/\/+$/, '').replace(/\/services$/, '');
  return url;
}

interface Pulled {
  version?: FeedVersion;
  records: unknown[];
  pages: number;
  details: number;
  /** "address: what went wrong", for each address that never answered usefully. */
  failed: string[];
}

async function pullFeed(base: URL, concurrency: number, settings: FeedClientSettings, io: CommandIo): Promise<Pulled> {
  const ask = feedClient(settings);
  const progress = progressReporter(io);
  const pageUrl = (page: number) => `${base.href}/services?page=${page}&per_page=${PAGE_SIZE}`;
  const first = await ask(pageUrl(1));
  if (!first.ok) return { records: [], pages: 0, details: 0, failed: [`${pageUrl(1)}: ${first.problem}`] };
  const firstPage = readFeedPage(first.data);
  if (!firstPage)
    return {
      records: [],
      pages: 0,
      details: 0,
      failed: [`${base.href}/services does not answer with Open Referral UK pages (v1 "content" or v3 "contents").`],
    };
  const failed: string[] = [];
  const pages = [firstPage.records];
  progress.pages(1, firstPage.totalPages);
  if (firstPage.totalPages !== undefined) {
    const rest = Array.from({ length: Math.min(firstPage.totalPages, MAX_PAGES) - 1 }, (_, index) => index + 2);
    const answers = await inPool(rest, concurrency, async (page) => {
      const answer = await ask(pageUrl(page));
      progress.pages(page, firstPage.totalPages);
      if (!answer.ok) failed.push(`${pageUrl(page)}: ${answer.problem}`);
      return answer.ok ? (readFeedPage(answer.data)?.records ?? []) : [];
    });
    pages.push(...answers);
  } else {
    // No totals: page on until a page says it is the last, comes back empty, or repeats the one before
    // (a server that ignores ?page= would otherwise be read for ever).
    let last = firstPage;
    for (let page = 2; !last.last && page <= MAX_PAGES; page += 1) {
      const answer = await ask(pageUrl(page));
      if (!answer.ok) {
        failed.push(`${pageUrl(page)}: ${answer.problem}`);
        break;
      }
      const next = readFeedPage(answer.data);
      if (!next || next.records.length === 0 || sameFirstId(next.records, last.records)) break;
      pages.push(next.records);
      progress.pages(page, undefined);
      last = next;
    }
  }
  const listed = pages.flat();
  const shallow = listed.filter(needsDetail);
  let fetched = 0;
  progress.services(0, shallow.length);
  const detailed = new Map<unknown, unknown>();
  await inPool(shallow, concurrency, async (record) => {
    const id = isPlainObject(record) ? String(record.id ?? '') : '';
    const url = `${base.href}/services/${encodeURIComponent(id)}`;
    const answer = await ask(url);
    fetched += 1;
    progress.services(fetched, shallow.length);
    if (answer.ok && isPlainObject(answer.data)) detailed.set(record, answer.data);
    else failed.push(`${url}: ${answer.ok ? 'the answer is not a service.' : answer.problem}`);
  });
  progress.done();
  return {
    version: firstPage.version,
    records: listed.map((record) => detailed.get(record) ?? record),
    pages: pages.length,
    details: detailed.size,
    failed,
  };
}

function sameFirstId(a: unknown[], b: unknown[]): boolean {
  const idOf = (records: unknown[]) => (isPlainObject(records[0]) ? records[0].id : undefined);
  return idOf(a) !== undefined && idOf(a) === idOf(b);
}

/**
 * Progress for a person: on a terminal, one line redrawn in place (a bar, pages, services, time left);
 * otherwise (a log, a CI job) plain lines now and then, so a log is not flooded.
 */
function progressReporter(io: CommandIo) {
  const started = Date.now();
  let pagesRead = 0;
  let pageTotal: number | undefined;
  let servicesDone = 0;
  let serviceTotal = 0;
  let lastLine = 0;
  const draw = () => {
    const pages = `pages ${pagesRead}${pageTotal === undefined ? '' : `/${pageTotal}`}`;
    const services = serviceTotal > 0 ? ` · services ${servicesDone}/${serviceTotal}` : '';
    const share = serviceTotal > 0 ? servicesDone / serviceTotal : pageTotal ? pagesRead / pageTotal : undefined;
    const bar = share === undefined ? '' : `[${'#'.repeat(Math.round(share * 20)).padEnd(20, '-')}] `;
    const elapsed = (Date.now() - started) / 1000;
    const left = share && share > 0 && share < 1 ? ` · about ${Math.ceil((elapsed / share) * (1 - share))} s left` : '';
    io.progress?.(`${bar}${pages}${services}${left}`);
  };
  const plainly = (line: string) => {
    const now = Date.now();
    if (now - lastLine < 2000) return;
    lastLine = now;
    io.err(line);
  };
  return {
    pages(count: number, total: number | undefined) {
      pagesRead = Math.max(pagesRead, count);
      pageTotal = total;
      if (io.isTerminal && io.progress) draw();
      else plainly(`Read page ${pagesRead}${total === undefined ? '' : ` of ${total}`}.`);
    },
    services(count: number, total: number) {
      servicesDone = count;
      serviceTotal = total;
      if (io.isTerminal && io.progress) draw();
      else if (total > 0) plainly(`Fetched ${count} of ${total} services.`);
    },
    done() {
      if (io.isTerminal && io.progress) {
        draw();
        io.progress('');
      } else if (serviceTotal > 0 || pagesRead > 0) {
        io.err(`Read ${plural(pagesRead, 'page')} and fetched ${servicesDone} of ${serviceTotal} services.`);
      }
    },
  };
}

function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? noun : many}`;
}
