import * as z from 'zod/mini';

/** Ids are opaque text, bounded so a hostile file cannot fill the device with one huge key. */
export const recordId = (what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .check(z.minLength(1, `${what} is missing.`), z.maxLength(100, `${what} is too long.`));
