// Connection test: wall time of the generated script in PowerShell 7 against the local
// stand-ins (token, IMAP over TLS, SMTP with STARTTLS) for 1 and for 50 mailboxes, PowerShell's
// start included; and the result reader on the 50-mailbox report (diagnosis in Node, and in
// the page from the input event to the rendered verdicts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { pwshPath } from '../tests/pwsh.mjs';

/** The stand-ins need their packages as they are (CommonJS, node: built-ins): bundle only our code. */
async function importWithPackages(root, path) {
  const outfile = join(root, 'node_modules/.cache/bench', `${path.replace(/[^a-z0-9]+/gi, '_')}.mjs`);
  await build({ entryPoints: [join(root, path)], bundle: true, packages: 'external', format: 'esm', platform: 'node', outfile, logLevel: 'error' });
  return import(pathToFileURL(outfile).href);
}

export default async function connectionBench(ctx) {
  const pwsh = pwshPath();
  if (!pwsh) return [{ group: 'connection', name: 'script runs', value: 'not run', unit: '', note: 'no PowerShell 7 (tests/pwsh.mjs)' }];
  const m = await importWithPackages(ctx.root, 'tests/support/connection-matrix.ts');
  const { diagnoseResult } = await ctx.importTs('src/tools/connection/diagnosis.ts');

  // 50 mailboxes: 45 fully set up, 5 without FullAccess (so the reader has failures to show).
  const boxes = Array.from({ length: 50 }, (_, i) => `box${String(i).padStart(2, '0')}@contoso.com`);
  const model = m.directory(boxes);
  for (const b of boxes.slice(45)) delete model.exchange.fullAccess[b];
  const standins = await m.startStandins(model.apps, model.exchange);
  const dir = mkdtempSync(join(tmpdir(), 'connection-bench-'));
  const one = { ...m.CASES[0], id: 'bench-1', params: { Mailbox: [boxes[0]] } };
  const fifty = { ...m.CASES[0], id: 'bench-50', params: { Mailbox: boxes } };

  const wall = async (c, runs) => {
    const samples = [];
    let last;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      [last] = await m.runMatrix(pwsh, standins, [c], { dir });
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return { ms: samples[Math.floor(samples.length / 2)], run: last };
  };
  let r1;
  let r50;
  try {
    r1 = await wall(one, 3);
    r50 = await wall(fifty, 3);
  } finally {
    await standins.close();
  }

  const report = r50.run.report;
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const parsed = JSON.parse(report);
  const imapMs = median(parsed.mailboxes.map((b) => b.imap.ms));
  const smtpMs = median(parsed.mailboxes.map((b) => b.smtp.ms));
  const verdicts = diagnoseResult(report).verdicts;
  const node = await ctx.time(() => diagnoseResult(report), { runs: 50 });

  const browser = await ctx.browser();
  const page = await browser.newPage();
  await page.goto(`${ctx.baseUrl}/tools/connection-test/`);
  await page.locator('[data-reader="result"]').focus();
  const pageMs = await page.evaluate(async (text) => {
    const field = document.querySelector('[data-reader="result"]');
    const samples = [];
    for (let i = 0; i < 15; i++) {
      field.value = i % 2 ? text : `${text}\n`;
      const t0 = performance.now();
      field.dispatchEvent(new Event('input', { bubbles: true }));
      samples.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(r));
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)];
  }, report);
  const shown = await page.locator('[data-result="result"] [data-verdicts] > li').count();
  await page.close();

  return [
    { group: 'connection', name: 'script, 1 mailbox (pwsh start, token, IMAP, SMTP)', value: r1.ms / 1000, unit: 's', note: 'median of 3, local stand-ins' },
    { group: 'connection', name: 'script, 50 mailboxes', value: r50.ms / 1000, unit: 's', note: `median of 3; ${(r50.ms - r1.ms) / 49 | 0} ms per further mailbox` },
    { group: 'connection', name: 'IMAP login per mailbox (TLS, AUTHENTICATE, EXAMINE, LOGOUT)', value: imapMs, unit: 'ms', note: 'median over the 50, as the script measured it' },
    { group: 'connection', name: 'SMTP session per mailbox (EHLO, STARTTLS, AUTH, QUIT)', value: smtpMs, unit: 'ms', note: 'median over the 50, as the script measured it' },
    { group: 'connection', name: 'diagnose 50-mailbox report (Node)', value: node, unit: 'ms', target: '< 16', note: `${verdicts.length} verdict(s), ${report.length} B report` },
    { group: 'connection', name: 'result reader, 50-mailbox report (input to verdicts)', value: pageMs, unit: 'ms', target: '< 50', note: `${shown} verdict(s) shown` },
  ];
}
