import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// One database per worker process (PGlite takes seconds and hundreds of MB to start): files in a worker share
// it (isolate: false keeps the module that holds it), and tests create the data they assert on.
export default defineConfig({
  // Apollo's packages are CommonJS and load graphql's CommonJS build; Vite would hand our code the ESM build
  // (its "module" field), and graphql refuses types from two instances. One instance, as under Node and tsx.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
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
