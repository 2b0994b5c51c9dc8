import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  test: {
    reporters: ['default', './scripts/pass-fail-reporter.ts'],
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          // Some tests start the signpost command (Node and tsx) or open IndexedDB many times: on a busy
          // 2-core machine vitest's 5 s default cut them off while they were still right.
          testTimeout: 15_000,
          setupFiles: ['./test/setup.ts'],
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.ts'],
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/**/*.browser.test.ts'],
          globalSetup: ['./test/browser/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // What the panel shows after a save to IndexedDB (the handover note, a heading taking focus) took over
          // the 1 s default on a busy 2-core machine now and then: the result is the same, only later.
          expect: { poll: { timeout: 5_000 } },
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
