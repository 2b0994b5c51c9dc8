export type JsonText = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Reads the text of a JSON file. Never throws: an empty file or broken JSON comes back as a plain message
 * (with the parser's own detail, which usually says where it stopped).
 */
export function parseJson(text: string): JsonText {
  if (text.trim() === '')
    return { ok: false, message: 'The file is empty. Choose the file again, or check that it saved.' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return {
      ok: false,
      message: `The file is not JSON, so Signpost cannot read it${detail}. Check that it is the right file.`,
    };
  }
}
