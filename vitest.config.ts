import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests parse hundreds of scripts; a loaded 2-core machine needs the headroom.
    testTimeout: 60_000,
  },
});
