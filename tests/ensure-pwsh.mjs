// Before the PowerShell suite: use the pwsh chosen in tests/pwsh.mjs; with the .NET SDK
// present and no pwsh, install PowerShell as a .NET global tool; without either, say in one
// line that the PowerShell suite will not run and how to get it. With REQUIRE_PWSH=1 (CI),
// a missing PowerShell is an error.
import { execSync } from 'node:child_process';
import { PWSH_INSTALL, pwshPath, pwshVersion } from './pwsh.mjs';

function hasDotnet() {
  try {
    execSync('dotnet --version', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let path = pwshPath();
if (!path && hasDotnet()) {
  console.log(`No PowerShell found: installing it (${PWSH_INSTALL}).`);
  execSync(PWSH_INSTALL, { stdio: 'inherit' });
  path = pwshPath();
}
const version = pwshVersion(path);
if (version) {
  console.log(`PowerShell ${version}: ${path}`);
} else {
  const line = `PowerShell suite NOT run: no PowerShell 7 found. Install the .NET SDK and run \`${PWSH_INSTALL}\` (or set PWSH_PATH).`;
  if (process.env.REQUIRE_PWSH === '1') {
    console.error(line);
    process.exit(1);
  }
  console.warn(line);
}
