import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { formatLoadReport } from '../../shared/directory/load-report.ts';
import { shardPack, type ShardFile } from '../../shared/directory/sources/shard-pack.ts';
import { readShardIndex, SHARD_INDEX_FILE, type ShardIndex } from '../../shared/directory/sources/shard-index.ts';
import { writeFileAtomically } from '../write-output.ts';
import { allOutcodeCentres } from '../all-outcode-centres.ts';
import { commandArgs } from '../command-args.ts';
import type { CommandIo } from '../io.ts';
import { readPackFile } from '../read-pack-file.ts';

const USAGE = `Usage: signpost shard <pack> --out folder [--replace]
Splits a directory pack into files any static web host can serve: one pack for each postcode area
(S.json, SK.json ...), one for help by phone or online (remote.json), and index.json, which says
what each file covers. Point the widget's data-directory at index.json: it then fetches only the
areas near each search. Records that fail are reported and left out; the rest are written.
  --out folder   where to write the files (made if it is missing; it must be empty unless --replace)
  --replace      write over an earlier shard folder, and remove the files its index named that the
                 new index does not (other files in the folder are left alone)`;

/** `signpost shard national.json --out shards/`: 0 when every record was written, 1 when any was left out or nothing could be written, 2 for wrong use. */
export async function shard(args: string[], io: CommandIo): Promise<number> {
  const parsed = commandArgs(
    args,
    {
      options: { out: { type: 'string' }, replace: { type: 'boolean' } },
      positionals: { min: 1, max: 1 },
      usage: USAGE,
    },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { out } = parsed.values;
  if (!out) {
    io.err(`Say which folder to write the files to with --out.\n\n${USAGE}`);
    return 2;
  }
  const path = parsed.positionals[0]!;
  const earlier = await earlierFiles(out);
  if (earlier === undefined) {
    io.err(
      `${out} already holds files. Signpost will not mix a new directory with older files: choose an empty folder, or add --replace to write over an earlier shard folder.`,
    );
    return 2;
  }
  if (earlier.length > 0 && !parsed.values.replace) {
    io.err(
      `${out} already holds a shard folder (${earlier.length} files). Add --replace to write over it: files its index names that the new one does not are then removed.`,
    );
    return 2;
  }
  const [loaded, outcodes] = await Promise.all([readPackFile(path), allOutcodeCentres()]);
  if (!loaded.ok) {
    io.err(loaded.message);
    return 1;
  }
  if (!outcodes.ok) {
    io.err(outcodes.message);
    return 1;
  }
  const sharded = shardPack(loaded.pack, outcodes.centres);
  if (!sharded.ok) {
    io.err(sharded.message);
    return 1;
  }
  const written = await writeShards(out, sharded.index, sharded.files, earlier);
  if (!written.ok) {
    io.err(written.message);
    return 1;
  }
  io.out(`${path}: ${formatLoadReport(loaded)}`);
  io.out(summary(sharded.index, out));
  return loaded.counts.leftOut === 0 ? 0 : 1;
}

/**
 * The files an earlier `signpost shard` wrote to `out` (named by its index.json), [] for an empty or
 * missing folder, or undefined for a folder that holds other things and no shard index.
 */
async function earlierFiles(out: string): Promise<string[] | undefined> {
  let names: string[];
  try {
    names = await readdir(out);
  } catch {
    return [];
  }
  if (names.length === 0) return [];
  try {
    const read = readShardIndex(JSON.parse(await readFile(join(out, SHARD_INDEX_FILE), 'utf8')));
    if (read.ok) return [SHARD_INDEX_FILE, read.index.remote.file, ...read.index.areas.map((area) => area.file)];
  } catch {
    // No readable index: not a shard folder.
  }
  return undefined;
}

/**
 * Area files without spaces (they are what the widget downloads); the index readable, for people checking
 * it. Each file is written whole (temporary file, then renamed), the index last, so a page never reads a
 * new index that names a file not yet written; then the earlier index's files the new one does not name
 * are removed.
 */
async function writeShards(
  out: string,
  index: ShardIndex,
  files: ShardFile[],
  earlier: readonly string[],
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await mkdir(out, { recursive: true });
    for (const { file, pack } of files) await writeFileAtomically(join(out, file), JSON.stringify(pack));
    await writeFileAtomically(join(out, SHARD_INDEX_FILE), `${JSON.stringify(index, null, 2)}\n`);
    const named = new Set([SHARD_INDEX_FILE, ...files.map(({ file }) => file)]);
    for (const file of earlier.filter((name) => !named.has(name))) await rm(join(out, file), { force: true });
    return { ok: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return {
      ok: false,
      message: `The files could not be written to ${out} (${code}). Check it is a folder you can write to, and that there is space.`,
    };
  }
}

function summary(index: ShardIndex, out: string): string {
  const places = index.areas.reduce((sum, area) => sum + area.count, 0);
  const areas = index.areas.length;
  return [
    `Wrote ${count(places, 'place')} in ${count(areas, 'postcode area file')}, ${count(index.remote.count, 'resource')} by phone or online in ${index.remote.file},`,
    `and ${SHARD_INDEX_FILE}, to ${out}.`,
  ].join('\n');
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;
}
