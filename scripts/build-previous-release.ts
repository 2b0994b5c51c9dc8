/**
 * Builds the Chrome extension as the last release shipped it, for the test that updates a profile from it
 * (test/entrypoints/update-from-last-release.browser.test.ts). The release's commit is checked out in a
 * temporary git worktree beside a link to ../shared, built with this checkout's node_modules (the release
 * has the same runtime dependencies), and the built extension is kept in .cache/, so only the first run
 * pays for the build (about 20 seconds here). Run on its own: `npx tsx scripts/build-previous-release.ts`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The last release: its learner database is at version 3 (MIGRATIONS in shared/store/migrations.ts). */
export const PREVIOUS_RELEASE = '0be737e';

const ROOT = resolve(import.meta.dirname, '..');

function run(command: string, args: string[], cwd: string): void {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** The folder of the last release's built Chrome extension, building it first if it is not in .cache/ yet. */
export function previousReleaseExtension(): string {
  const built = join(ROOT, '.cache', `release-${PREVIOUS_RELEASE}`, 'chrome-mv3');
  if (existsSync(join(built, 'manifest.json'))) return built;
  try {
    run('git', ['cat-file', '-e', `${PREVIOUS_RELEASE}^{commit}`], ROOT);
  } catch {
    throw new Error(
      `The last release (${PREVIOUS_RELEASE}) is not in this clone's history, so it cannot be built. ` +
        'Fetch the whole history (git fetch --unshallow), then run the tests again.',
    );
  }
  // The project expects ../shared beside it, so the worktree goes in a folder of its own with a link to it.
  const folder = mkdtempSync(join(tmpdir(), 'signpost-release-'));
  const checkout = join(folder, 'signpost');
  symlinkSync(resolve(ROOT, '..', 'shared'), join(folder, 'shared'), 'dir');
  run('git', ['worktree', 'add', '--detach', checkout, PREVIOUS_RELEASE], ROOT);
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
    run(
      process.execPath,
      [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/compile-outcodes.ts'],
      checkout,
    );
    run(process.execPath, [join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], checkout);
    mkdirSync(join(built, '..'), { recursive: true });
    cpSync(join(checkout, '.output', 'chrome-mv3'), built, { recursive: true });
  } finally {
    run('git', ['worktree', 'remove', '--force', checkout], ROOT);
    rmSync(folder, { recursive: true, force: true });
  }
  return built;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  console.log(previousReleaseExtension());
}
