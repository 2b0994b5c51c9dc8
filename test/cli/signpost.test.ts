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

  // Seven runs of the real command, each starting Node and tsx: more than the default 5 s on a busy 2-core machine.
  it('explains any one command with --help, and exits 0', { timeout: 30_000 }, () => {
    for (const command of ['postcode', 'find', 'validate', 'import', 'pull', 'export', 'paths', 'check-path']) {
      const run = signpost(command, '--help');
      expect(run.code).toBe(0);
      expect(run.out).toContain(`Usage: signpost ${command}`);
    }
  });

  it('names an unknown command, and exits 2', () => {
    const run = signpost('frobnicate');
    expect(run.code).toBe(2);
    expect(run.err).toContain('There is no "frobnicate" command.');
  });
});
