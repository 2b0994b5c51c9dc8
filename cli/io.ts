/** Where a command writes: the terminal in real use, an array in tests. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  /** True when a person is watching a terminal: long commands then draw a progress bar with `progress`. */
  isTerminal?: boolean;
  /** Redraws one progress line in place (terminals only). */
  progress?(line: string): void;
}

/** A command returns its exit code: 0 done, 1 the input had problems, 2 the command was used wrongly. */
export type Command = (args: string[], io: CommandIo) => Promise<number>;
