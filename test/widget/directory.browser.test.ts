import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { allOutcodeCentres } from '../../cli/all-outcode-centres.ts';
import { shardPack } from '../../shared/directory/sources/shard-pack.ts';
import { launchBrowser, serveFolders, type StaticSite } from '../browser/chromium.ts';
import { packOf, resourceWith } from '../shared/directory/sources/shard-test-pack.ts';

let browser: Browser;
let site: StaticSite;

/** A practice's national list: a place in Sheffield, one in Hyde (SK), one in London (E), and a helpline. */
async function writeShards(folder: string): Promise<void> {
  const outcodes = await allOutcodeCentres();
  if (!outcodes.ok) throw new Error(outcodes.message);
  const pack = packOf([
    {
      ...resourceWith('sheffield'),
      name: 'Practice drop-in, Sheffield',
      place: { latitude: 53.381, longitude: -1.47 },
    },
    { ...resourceWith('hyde'), name: 'Practice drop-in, Hyde', place: { latitude: 53.452, longitude: -2.078 } },
    { ...resourceWith('london'), name: 'Practice drop-in, Bow', place: { latitude: 51.529, longitude: -0.021 } },
    { ...resourceWith('helpline'), name: 'Practice helpline' },
  ]);
  const sharded = shardPack(pack, outcodes.centres);
  if (!sharded.ok) throw new Error(sharded.message);
  writeFileSync(join(folder, 'index.json'), JSON.stringify(sharded.index));
  for (const { file, pack: shard } of sharded.files) writeFileSync(join(folder, file), JSON.stringify(shard));
}

function practicePage(directory: string): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8" /><title>A practice</title></head>
<body><main><h1>Find help near you</h1><div data-signpost data-directory="${directory}" data-paths="no"></div></main>
<script src="/signpost/signpost.js" async></script></body></html>`;
}

beforeAll(async () => {
  const pages = mkdtempSync(join(tmpdir(), 'signpost-directory-pages-'));
  const shards = mkdtempSync(join(tmpdir(), 'signpost-directory-shards-'));
  writeFileSync(join(pages, 'shards.html'), practicePage('/directory/index.json'));
  writeFileSync(join(pages, 'missing.html'), practicePage('/directory/not-there.json'));
  [browser, site] = await Promise.all([
    launchBrowser(),
    serveFolders({ '/signpost/': 'dist/site', '/directory/': shards, '/': pages }),
    writeShards(shards),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a practice page, recording the path of every request and every console warning. */
async function openPracticePage(name: string): Promise<{ page: Page; requests: string[]; warnings: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const warnings: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${site.url}/${name}`);
  await page.getByLabel('Your postcode').fill('S1 2HE');
  await page.getByRole('button', { name: 'Find help' }).click();
  await page.getByRole('heading', { name: /places? near S1 2HE/i }).waitFor();
  return { page, requests, warnings };
}

describe("the widget with a practice's own directory", () => {
  it('fetches the index, phone and online help and only the postcode area searched, and lists what is near', async () => {
    const { page, requests } = await openPracticePage('shards.html');
    await expect.poll(() => page.getByRole('heading', { name: 'Practice drop-in, Sheffield' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Practice helpline' }).count()).toBe(1);
    expect(await page.getByText('Practice drop-in, Hyde').count()).toBe(0);
    expect(requests.filter((path) => path.startsWith('/directory/')).sort()).toEqual([
      '/directory/S.json',
      '/directory/index.json',
      '/directory/remote.json',
    ]);
    expect(requests.filter((path) => path.includes('/packs/'))).toEqual([]);
    await page.close();
  });

  it('shows a kind notice and the built-in list when the directory cannot be loaded, and tells the site owner why', async () => {
    const { page, warnings } = await openPracticePage('missing.html');
    await expect
      .poll(() =>
        page
          .getByText("We couldn't load this practice's own list of local help, so we are showing our general list.", {
            exact: true,
          })
          .count(),
      )
      .toBe(1);
    expect(await page.getByRole('heading', { name: 'Help by phone or online' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Call 116 123' }).count()).toBeGreaterThan(0);
    expect(warnings.join('\n')).toContain('/directory/not-there.json answered 404 Not Found.');
    await page.close();
  });
});
