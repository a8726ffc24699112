/**
 * The one place that decides which PowerShell 7 the PowerShell suite uses (like browser.mjs
 * for Chromium): $PWSH_PATH, else `pwsh` on PATH, else the .NET global tool in
 * ~/.dotnet/tools. Returns undefined when none is found.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const EXE = process.platform === 'win32' ? 'pwsh.exe' : 'pwsh';

/** @returns {string | undefined} */
export function pwshPath() {
  const fromEnv = process.env.PWSH_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, EXE))) return join(dir, EXE);
  }
  const tool = join(homedir(), '.dotnet', 'tools', EXE);
  return existsSync(tool) ? tool : undefined;
}

/** The version PowerShell reports, e.g. "7.6.9", or undefined when it cannot start. */
export function pwshVersion(path = pwshPath()) {
  if (!path) return undefined;
  try {
    return execFileSync(path, ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', '$PSVersionTable.PSVersion.ToString()'], {
      encoding: 'utf8',
      timeout: 60_000,
    }).trim();
  } catch {
    return undefined;
  }
}

/** The version `.ci/run` and `tests/ensure-pwsh.mjs` install. */
export const PWSH_VERSION = '7.6.9';
export const PWSH_INSTALL = `dotnet tool install --global PowerShell --version ${PWSH_VERSION}`;
