// The PowerShell suite's largest pieces, in the real PowerShell 7 (tests/support/pwsh-host.ts):
// starting the long-lived host, parsing the largest generated scripts with PowerShell's
// parser, and running them against the stub modules (tests/ps/stubs). Figures only: the
// suite asserts no timing. Skipped with a note when no PowerShell 7 is found.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export default async function pwshSuiteBench(ctx) {
  const { pwshPath } = await import('../tests/pwsh.mjs');
  if (!pwshPath()) return [{ group: 'powershell suite', name: 'not run', value: 0, unit: '', note: 'no PowerShell 7 found (tests/pwsh.mjs)' }];
  const { PwshHost } = await ctx.importTs('tests/support/pwsh-host.ts');
  const { buildScript } = await ctx.importTs('src/tools/powershell/script.ts');
  const { STRINGS } = await ctx.importTs('src/tools/powershell/strings.ts');
  const { buildSetupScript } = await ctx.importTs('src/tools/setup/script.ts');
  const { STRINGS: SETUP_STRINGS } = await ctx.importTs('src/tools/setup/strings.ts');
  const { mailbox, tenant } = await ctx.importTs('tests/support/stub-tenant.ts');

  const t0 = performance.now();
  const ps = new PwshHost({ hostScript: join(ctx.root, 'tests/ps/host.ps1') });
  await ps.version();
  const startMs = performance.now() - t0;

  const boxes = Array.from({ length: 200 }, (_, i) => `user${i}@contoso.com`);
  const step2 = buildScript({ app: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', obj: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d', mailboxes: boxes, smtp: true, sendAs: true, verify: true }, STRINGS.en.script).text;
  const few = boxes.slice(0, 10);
  const step2Few = buildScript({ app: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', obj: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d', mailboxes: few, smtp: true, sendAs: true, verify: true }, STRINGS.en.script).text;
  const setup = buildSetupScript({ name: 'teamspace', redirectUri: 'https://xyc.teamspace.de/api/server/oauth2/redirect', tenant: null, mailboxes: boxes.slice(0, 3), secretMonths: 12 }, SETUP_STRINGS.en.script);

  const parseMs = (script) => ctx.time(() => ps.parse([script]), { runs: 5 });
  const rows = [
    { group: 'powershell suite', name: 'start the pwsh host (first request answered)', value: startMs, unit: 'ms' },
    { group: 'powershell suite', name: `parse step-2 script, 10 mailboxes (${step2Few.length} chars)`, value: await parseMs(step2Few), unit: 'ms' },
    { group: 'powershell suite', name: `parse setup script (${setup.length} chars)`, value: await parseMs(setup), unit: 'ms' },
    { group: 'powershell suite', name: 'parse 25 step-2 scripts in one request (a property-test batch)', value: await ctx.time(() => ps.parse(Array(25).fill(step2Few)), { runs: 3 }), unit: 'ms' },
  ];
  const run200 = await ps.run(step2, { tenant: tenant({ mailboxes: boxes.map((m) => mailbox(m)) }) });
  rows.push({ group: 'powershell suite', name: `run step-2 script, 200 mailboxes (${run200.calls.length} stub calls)`, value: run200.ms, unit: 'ms', note: run200.ok ? '' : 'FAILED' });
  const t1 = performance.now();
  const runSetup = await ps.run(setup, { tenant: tenant({ mailboxes: boxes.slice(0, 3).map((m) => mailbox(m)) }) });
  rows.push({ group: 'powershell suite', name: 'run setup script, fresh tenant (second pwsh for Exchange included)', value: performance.now() - t1, unit: 'ms', note: runSetup.ok ? '' : 'FAILED' });
  ps.close();
  return rows;
}
