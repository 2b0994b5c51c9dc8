import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The installed command itself, as a terminal runs it. */
function signpost(...args: string[]) {
  const run = spawnSync(process.execPath, ['cli/signpost.js', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('the signpost command', () => {
  it('runs a command and exits with its code', () => {
    const run = signpost('postcode', 'S1 2HE');
    expect(run.err).toBe('');
    expect(run.out).toContain('S1 2HE is a postcode.');
    expect(run.code).toBe(0);
  });

  it('lists the commands and exits 2 when no command is given', () => {
    const run = signpost();
    expect(run.code).toBe(2);
    expect(run.err).toContain('Usage: signpost <command> [options]');
  });

  // One test per command: each starts Node and tsx afresh, which takes seconds on a busy machine.
  it.each(['postcode', 'find', 'validate', 'import', 'pull', 'export', 'paths', 'check-path'])(
    'explains %s with --help, and exits 0',
    (command) => {
      const run = signpost(command, '--help');
      expect(run.code).toBe(0);
      expect(run.out).toContain(`Usage: signpost ${command}`);
    },
    20_000,
  );

  it('names an unknown command, and exits 2', () => {
    const run = signpost('frobnicate');
    expect(run.code).toBe(2);
    expect(run.err).toContain('There is no "frobnicate" command.');
  });
});
