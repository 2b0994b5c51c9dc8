/** Where a command writes: the terminal in real use, an array in tests. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

/** A command returns its exit code: 0 done, 1 the input had problems, 2 the command was used wrongly. */
export type Command = (args: string[], io: CommandIo) => Promise<number>;
