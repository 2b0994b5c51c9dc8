import { randomBytes } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/*
 * How the command line writes what it makes. Never over one of its own inputs (a keeper who types
 * `import mine.csv --out mine.csv` would lose their spreadsheet), and always whole: the text goes to a
 * temporary file beside the target, which is then renamed over it, so a crash or a full disk leaves the
 * old file as it was.
 */

/** The same file, through any path: same inode when both exist, else the same resolved path. */
function sameFile(a: string, b: string): boolean {
  try {
    const [left, right] = [statSync(a), statSync(b)];
    return left.dev === right.dev && left.ino === right.ino;
  } catch {
    const real = (path: string) => {
      try {
        return realpathSync(path);
      } catch {
        return join(realpathOrSelf(dirname(resolve(path))), basename(path));
      }
    };
    return real(a) === real(b);
  }
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** A plain message when `out` is one of `inputs`, else undefined. */
export function outputIsAnInput(out: string, inputs: readonly string[]): string | undefined {
  const input = inputs.find((path) => sameFile(out, path));
  return input === undefined
    ? undefined
    : `--out ${out} is one of the files being read (${input}), and writing there would replace it. Choose another name, such as pack.json.`;
}

/** Writes `text` to `path` whole or not at all. Rejects with the file system's error (its `code` says why). */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** "Check the folder exists and there is space" for the usual reasons a write fails, with the code. */
export function writeFailure(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  const why =
    code === 'ENOSPC'
      ? 'The disk is full.'
      : code === 'EACCES' || code === 'EPERM'
        ? 'Signpost is not allowed to write there.'
        : code === 'ENOENT'
          ? 'The folder does not exist.'
          : 'Check the folder exists and there is space.';
  return `${path} could not be written (${code}). ${why} Nothing was changed.`;
}
