// Test settings shared by `npm test` and a direct `npx vitest`: the end-to-end tests run
// LibreOffice, Chromium and the built CLI, which take longer than vitest's 5 s default.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
