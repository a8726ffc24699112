// Before the end-to-end tests: use the Chromium chosen in tests/browser.mjs, or
// install Playwright's own when the machine has none (a laptop without Chromium).
import { execSync } from 'node:child_process';
import { chromiumPath } from './browser.mjs';

const path = chromiumPath();
if (path) {
  console.log(`Chromium: ${path}`);
} else {
  console.log('No system Chromium found: installing Playwright\'s Chromium.');
  execSync('npx playwright install chromium', { stdio: 'inherit' });
}
