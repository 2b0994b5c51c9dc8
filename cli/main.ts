import type { Command, CommandIo } from './io.ts';
import { postcode } from './commands/postcode.ts';
import { find } from './commands/find.ts';
import { validate } from './commands/validate.ts';
import { importCommand } from './commands/import.ts';
import { exportCommand } from './commands/export.ts';
import { shard } from './commands/shard.ts';
import { pullCommand } from './commands/pull.ts';
import { paths } from './commands/paths.ts';
import { checkPathCommand } from './commands/check-path.ts';

const COMMANDS: Record<string, Command> = {
  postcode,
  find,
  validate,
  import: importCommand,
  pull: pullCommand(),
  export: exportCommand,
  shard,
  paths,
  'check-path': checkPathCommand,
};

export const USAGE = `Usage: signpost <command> [options]

Commands:
  postcode <text> [--json]                 Check a postcode and say where it is
  find <postcode> [--pack file]... [--category c] [--words text] [--limit n] [--json]
                                           Find support near a postcode
  validate <file>                          Check a directory pack
  import <file>... --out pack.json [--categories terms.csv]
                                           Make a pack from Open Referral UK JSON or CSV files
  pull <feed-address> --out pack.json [--cache folder] [--concurrency n] [--categories terms.csv]
                                           Make a pack from a live Open Referral UK feed
  export <pack> --oruk | --csv             Print a pack as Open Referral UK JSON, or as a spreadsheet
  shard <pack> --out folder [--replace]    Split a pack into files by postcode area, for a web host
  paths [--json]                           List the learning paths
  check-path <file>                        Check a learning path file

Run "signpost <command> --help" for more about one command.`;

/** Runs one command and gives its exit code: 0 done, 1 problems in the input, 2 wrong use. */
export async function main(args: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return 0;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    io.err(name === undefined ? USAGE : `There is no "${name}" command.\n\n${USAGE}`);
    return 2;
  }
  return command(rest, io);
}
