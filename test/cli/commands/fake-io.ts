import type { CommandIo } from '../../../cli/io.ts';

/** A command's output kept in memory, so tests read what a user would see on the terminal. */
export function fakeIo(): CommandIo & { outText: string[]; errText: string[] } {
  const outText: string[] = [];
  const errText: string[] = [];
  return { outText, errText, out: (text) => outText.push(text), err: (text) => errText.push(text) };
}
