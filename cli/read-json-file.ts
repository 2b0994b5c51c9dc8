import { readFile } from 'node:fs/promises';
import { parseJson } from '../shared/util/parse-json.ts';

/** A file's parsed JSON, or a plain message saying why it could not be read. */
export async function readJsonFile(
  path: string,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message:
        code === 'ENOENT'
          ? `There is no file called ${path}.`
          : `${path} could not be read (${code ?? 'unknown error'}).`,
    };
  }
  const parsed = parseJson(text);
  return parsed.ok ? parsed : { ok: false, message: `${path}: ${parsed.message}` };
}
