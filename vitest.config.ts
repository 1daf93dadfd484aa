import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [svelte()],
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
          // CI is a busy 2-core machine: limits are for hangs, never a speed check (speed is npm run bench).
          testTimeout: 30_000,
          expect: { poll: { timeout: 15_000 } },
        },
        // Runes in .svelte.ts stores must compile as client code, as in the app.
        resolve: { conditions: ['browser'] },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits for an event; its 1 s default would be a speed check on a loaded machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
