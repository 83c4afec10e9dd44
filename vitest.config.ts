import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/compromise.ts'],
    // The browser suites start Chromium; give them room without slowing the rest.
    testTimeout: 20_000,
  },
});
