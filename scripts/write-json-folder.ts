import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Makes `outFolder` hold exactly these .json files (name → text): other .json files there are removed, and
 * a file is written only when its text changed, so a build that changes nothing touches nothing. Returns
 * how many files were written or removed.
 */
export async function writeJsonFolder(files: Map<string, string>, outFolder: string): Promise<number> {
  await mkdir(outFolder, { recursive: true });
  let changed = 0;
  for (const name of await readdir(outFolder)) {
    if (name.endsWith('.json') && !files.has(name)) {
      await rm(join(outFolder, name));
      changed += 1;
    }
  }
  for (const [name, text] of files) {
    const path = join(outFolder, name);
    if (existsSync(path) && (await readFile(path, 'utf8')) === text) continue;
    await writeFile(path, text);
    changed += 1;
  }
  return changed;
}
