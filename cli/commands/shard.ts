import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatLoadReport } from '../../shared/directory/load-report.ts';
import { shardPack, type ShardFile } from '../../shared/directory/sources/shard-pack.ts';
import { SHARD_INDEX_FILE, type ShardIndex } from '../../shared/directory/sources/shard-index.ts';
import { allOutcodeCentres } from '../all-outcode-centres.ts';
import { commandArgs } from '../command-args.ts';
import type { CommandIo } from '../io.ts';
import { readPackFile } from '../read-pack-file.ts';

const USAGE = `Usage: signpost shard <pack> --out folder
Splits a directory pack into files any static web host can serve: one pack for each postcode area
(S.json, SK.json ...), one for help by phone or online (remote.json), and index.json, which says
what each file covers. Point the widget's data-directory at index.json: it then fetches only the
areas near each search. Records that fail are reported and left out; the rest are written.
  --out folder   where to write the files (made if it is missing)`;

/** `signpost shard national.json --out shards/`: 0 when every record was written, 1 when any was left out or nothing could be written, 2 for wrong use. */
export async function shard(args: string[], io: CommandIo): Promise<number> {
  const parsed = commandArgs(
    args,
    { options: { out: { type: 'string' } }, positionals: { min: 1, max: 1 }, usage: USAGE },
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { out } = parsed.values;
  if (!out) {
    io.err(`Say which folder to write the files to with --out.\n\n${USAGE}`);
    return 2;
  }
  const path = parsed.positionals[0]!;
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
  const written = await writeShards(out, sharded.index, sharded.files);
  if (!written.ok) {
    io.err(written.message);
    return 1;
  }
  io.out(`${path}: ${formatLoadReport(loaded)}`);
  io.out(summary(sharded.index, out));
  return loaded.counts.leftOut === 0 ? 0 : 1;
}

/** Area files without spaces (they are what the widget downloads); the index readable, for people checking it. */
async function writeShards(
  out: string,
  index: ShardIndex,
  files: ShardFile[],
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await mkdir(out, { recursive: true });
    await Promise.all(files.map(({ file, pack }) => writeFile(join(out, file), JSON.stringify(pack))));
    await writeFile(join(out, SHARD_INDEX_FILE), `${JSON.stringify(index, null, 2)}\n`);
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
