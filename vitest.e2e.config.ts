import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium driven by playwright-core and Firefox ESR driven by
// puppeteer-core over WebDriver BiDi, each with its e2e build loaded.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // Prints the Chromium and Firefox versions the tests run on.
    globalSetup: ['tests/e2e/versions.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Waits on a condition, never a fixed sleep; generous for a busy machine.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
});
