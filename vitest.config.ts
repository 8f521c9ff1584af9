import { defineConfig } from 'vitest/config';

// One database per worker process (PGlite takes seconds and hundreds of MB to start): files in a worker share
// it (isolate: false keeps the module that holds it), and tests create the data they assert on.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    globalSetup: ['tests/helpers/global-setup.ts'],
    reporters: ['default'],
  },
});
