import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shard } from '../../../cli/commands/shard.ts';
import { loadPack } from '../../../shared/directory/load-pack.ts';
import { readShardIndex } from '../../../shared/directory/sources/shard-index.ts';
import { fakeIo } from './fake-io.ts';

function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'signpost-shard-'));
}

const BROKEN_PACK = 'test/fixtures/packs/two-places-one-broken.json';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

describe('signpost shard', () => {
  it('writes one pack per postcode area, one for phone and online help, and an index, each of which loads', async () => {
    const out = join(tempFolder(), 'shards');
    const io = fakeIo();
    expect(await shard(['shared/directory/packs/sheffield-example.json', '--out', out], io)).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['S.json', 'index.json', 'remote.json']);
    const index = readShardIndex(readJson(join(out, 'index.json')));
    expect(index.ok && index.index.areas.map(({ area, file, count }) => ({ area, file, count }))).toEqual([
      { area: 'S', file: 'S.json', count: 23 },
    ]);
    expect(index.ok && index.index.source).toMatchObject({
      publisher: 'Signpost (example data)',
      area: 'Sheffield',
      example: true,
    });
    for (const file of ['S.json', 'remote.json']) {
      const loaded = loadPack(readJson(join(out, file)));
      expect(loaded.ok && loaded.counts.leftOut).toBe(0);
    }
    expect(io.outText.join('\n')).toContain(
      `Wrote 23 places in 1 postcode area file, 0 resources by phone or online in remote.json,\nand index.json, to ${out}.`,
    );
  });

  it('puts phone and online help in remote.json', async () => {
    const out = tempFolder();
    expect(await shard(['shared/directory/packs/national.json', '--out', out], fakeIo())).toBe(0);
    const national = loadPack(readJson('shared/directory/packs/national.json'));
    const remote = loadPack(readJson(join(out, 'remote.json')));
    expect(remote.ok && remote.pack.resources.map((resource) => resource.id)).toEqual(
      national.ok && national.pack.resources.filter((resource) => !resource.place).map((resource) => resource.id),
    );
  });

  it('reports the records it left out by number and field, writes the rest, and exits 1', async () => {
    const out = tempFolder();
    const io = fakeIo();
    expect(await shard([BROKEN_PACK, '--out', out], io)).toBe(1);
    const text = io.outText.join('\n');
    expect(text).toContain('3 records: 2 loaded, 1 left out.');
    expect(text).toMatch(/Record 3 \(id "broken"\), contact\.website/);
    const sheffield = loadPack(readJson(join(out, 'S.json')));
    expect(sheffield.ok && sheffield.pack.resources.map((resource) => resource.id)).toEqual(['near', 'far']);
  });

  it('explains a pack that is missing or is not a pack, and writes nothing', async () => {
    const folder = tempFolder();
    const notAPack = join(folder, 'list.json');
    writeFileSync(notAPack, '{"hello": "world"}');
    for (const [path, message] of [
      ['missing.json', 'There is no file called missing.json.'],
      [notAPack, 'This is not a Signpost pack'],
    ]) {
      const io = fakeIo();
      const out = join(folder, 'out');
      expect(await shard([path!, '--out', out], io)).toBe(1);
      expect(io.errText.join('\n')).toContain(message);
      expect(readdirSync(folder)).not.toContain('out');
    }
  });

  it('says plainly when the folder cannot be written to', async () => {
    const file = join(tempFolder(), 'a-file');
    writeFileSync(file, 'not a folder');
    const io = fakeIo();
    expect(await shard([BROKEN_PACK, '--out', join(file, 'shards')], io)).toBe(1);
    expect(io.errText.join('\n')).toMatch(
      /The files could not be written to .*a-file\/shards \(ENOTDIR\)\. Check it is a folder you can write to/,
    );
  });

  it('prints usage and exits 2 without --out or without a pack, and explains itself with --help', async () => {
    for (const args of [
      [BROKEN_PACK],
      ['--out', 'x'],
      [BROKEN_PACK, 'extra.json', '--out', 'x'],
      [BROKEN_PACK, '--out', 'x', '--gzip'],
    ]) {
      const io = fakeIo();
      expect(await shard(args, io)).toBe(2);
      expect(io.errText.join('\n')).toContain('Usage: signpost shard <pack> --out folder');
    }
    const help = fakeIo();
    expect(await shard(['--help'], help)).toBe(0);
    expect(help.outText.join('\n')).toContain('data-directory');
  });
});

describe('signpost shard into a folder that already holds files', () => {
  const PACK = 'shared/directory/packs/sheffield-example.json';

  it('refuses a folder of older files unless --replace (exit 2), and never touches files that are not its own', async () => {
    const out = tempFolder();
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const io = fakeIo();
    expect(await shard([PACK, '--out', out], io)).toBe(2);
    expect(io.errText.join('\n')).toContain('already holds files');
    expect(await shard([PACK, '--out', out, '--replace'], fakeIo())).toBe(2);
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  it('with --replace, writes the new files and removes those the new index no longer names', async () => {
    const out = tempFolder();
    expect(await shard([PACK, '--out', out], fakeIo())).toBe(0);
    const again = fakeIo();
    expect(await shard([PACK, '--out', out], again)).toBe(2);
    expect(again.errText.join('\n')).toContain('Add --replace');
    // A directory with no places at all: its index names no area files, so S.json goes.
    const phoneOnly = join(tempFolder(), 'phone-only.json');
    const pack = readJson(PACK) as { resources: Array<{ place?: unknown }> };
    writeFileSync(phoneOnly, JSON.stringify({ ...pack, resources: [] }));
    writeFileSync(join(out, 'keep-me.txt'), 'mine');
    expect(await shard([phoneOnly, '--out', out, '--replace'], fakeIo())).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['index.json', 'keep-me.txt', 'remote.json']);
  });
});
