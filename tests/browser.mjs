/**
 * The one place that decides which Chromium the end-to-end tests and the bench use:
 * $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser
 * (undefined lets Playwright pick it; `npm test` installs it first when needed).
 */
import { existsSync } from 'node:fs';

/** @returns {string | undefined} */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
}

/** Flags that keep a headless Chromium quiet on a machine without outside network. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
