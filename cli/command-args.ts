import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CommandIo } from './io.ts';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

export type CommandArgs<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>
>;

/**
 * Reads a command's arguments with Node's own parser. `--help` prints the usage and gives 0; unknown
 * options, or a positional count outside `positionals`, print what was wrong and the usage and give 2.
 * Either way the command returns that number as its exit code.
 */
export function commandArgs<O extends ParseArgsOptionsConfig>(
  args: string[],
  spec: { options: O; positionals: { min: number; max: number }; usage: string },
  io: CommandIo,
): CommandArgs<O> | number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(spec.usage);
    return 0;
  }
  let parsed: CommandArgs<O>;
  try {
    parsed = parseArgs({ args, options: spec.options, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${spec.usage}`);
    return 2;
  }
  const count = parsed.positionals.length;
  if (count < spec.positionals.min || count > spec.positionals.max) {
    io.err(`${count < spec.positionals.min ? 'Something is missing.' : 'There is too much.'}\n\n${spec.usage}`);
    return 2;
  }
  return parsed;
}
