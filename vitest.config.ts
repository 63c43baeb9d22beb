// Two projects, told apart by the file name, so a new test's name says where it runs:
// - `unit`: test/**/*.test.ts, in-process against src/, no build needed (`npm run test:unit`, the
//   inner loop). Worker threads that share loaded modules between files (isolate: false), all
//   cores: a test must leave no global state behind (restore what it stubs, as vi.unstubAllEnvs).
// - `e2e`: test/**/*.e2e.test.ts, which need the build or another program: the built CLI
//   (bin/jamkrav.js, dist/), LibreOffice, Chromium, a terminal (`script`), git, or a compiled copy
//   in a child process (`npm run test:e2e` builds first).
// `npm test` type-checks, builds and runs both, unit first (groupOrder). The end-to-end tests take longer than vitest's
// 5 s default, hence the timeouts.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, '**/*.e2e.test.ts'],
          pool: 'threads',
          isolate: false,
          maxWorkers: '100%',
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'e2e', include: ['test/**/*.e2e.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
