// Before the PowerShell suite: use the pwsh chosen in tests/pwsh.mjs; with the .NET SDK
// present and no pwsh, install PowerShell as a .NET global tool; without either, or when the
// install fails (offline, no NuGet), say in one line that the PowerShell suite will not run
// and how to get it, and let the rest of the tests run. With REQUIRE_PWSH=1 (CI), a missing
// PowerShell, or another version than the one CI installs, is an error.
import { execSync } from 'node:child_process';
import { PWSH_INSTALL, PWSH_VERSION, pwshPath, pwshVersion } from './pwsh.mjs';

const required = process.env.REQUIRE_PWSH === '1';

function hasDotnet() {
  try {
    execSync('dotnet --version', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Ends with one line: an error in CI, a warning elsewhere (the rest of the tests still run). */
function notRun(reason) {
  const line = `PowerShell suite NOT run: ${reason}. Install the .NET SDK and run \`${PWSH_INSTALL}\` (or set PWSH_PATH).`;
  if (required) {
    console.error(line);
    process.exit(1);
  }
  console.warn(line);
  process.exit(0);
}

let path = pwshPath();
if (!path && hasDotnet()) {
  console.log(`No PowerShell found: installing it (${PWSH_INSTALL}).`);
  try {
    // The tool's own output (progress, PATH advice) goes to the log; its failure is one line below.
    execSync(PWSH_INSTALL, { stdio: ['ignore', 'inherit', 'pipe'] });
  } catch (e) {
    const why = String(e.stderr ?? '').split(/\r?\n/).find((l) => l.trim()) ?? `exit code ${e.status}`;
    notRun(`installing PowerShell failed (${why.trim()})`);
  }
  path = pwshPath();
}
const version = pwshVersion(path);
if (!version) notRun(path ? `${path} does not start` : 'no PowerShell 7 found');
if (required && version !== PWSH_VERSION) {
  console.error(`PowerShell ${PWSH_VERSION} required (REQUIRE_PWSH=1), found ${version}: ${path}.`);
  process.exit(1);
}
console.log(`PowerShell ${version}: ${path}`);
