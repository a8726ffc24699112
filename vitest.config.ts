import { defineConfig } from 'vitest/config';
import { pwshPath } from './tests/pwsh.mjs';

// The PowerShell suite (tests/ps) needs PowerShell 7: `npm run test:unit` runs
// tests/ensure-pwsh.mjs first, which installs it or says in one line that the suite did not
// run (and fails with REQUIRE_PWSH=1, as CI sets).
const pwsh = pwshPath() !== undefined;

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', ...(pwsh ? ['tests/ps/**/*.test.ts'] : [])],
    environment: 'node',
    // Property tests parse hundreds of scripts; a loaded 2-core machine needs the headroom.
    testTimeout: 60_000,
  },
});
