/**
 * The static commands of step 2 (service-principal.mdx, English and German) are what the
 * generator writes: each parses without errors, uses the same cmdlets with the same
 * parameters, and, with the placeholders filled in, the page's commands run against the
 * Exchange Online stub to the same end state as the generator's script. The same holds for
 * the commands of the error catalogue (troubleshooting page and decoder, src/data/errors.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_GUIDE } from '../../src/data/errors';
import { buildScript } from '../../src/tools/powershell/script';
import { STRINGS } from '../../src/tools/powershell/strings';
import { PwshHost, type Parsed, type RunResult } from '../support/pwsh-host';
import { expanding, expectClean, quoted } from '../support/ps-ast';
import { mailbox, tenant, type ExoPrincipal } from '../support/stub-tenant';

const ps = PwshHost.shared();
const PAGES = { en: 'content/docs/microsoft-app-registration/service-principal.mdx', de: 'content/docs/de/microsoft-app-registration/service-principal.mdx' };
const APP = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const OBJ = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const MAILBOX = "o'brien@contoso.com";
const EXCHANGE = ['Install-Module', 'Import-Module', 'Connect-ExchangeOnline', 'Get-ServicePrincipal', 'New-ServicePrincipal', 'Add-MailboxPermission', 'Add-RecipientPermission', 'Set-CASMailbox', 'Get-MailboxPermission', 'Get-RecipientPermission', 'Get-CASMailbox', 'Where-Object', 'Format-List'];

function blocks(locale: 'en' | 'de'): string[] {
  const text = readFileSync(PAGES[locale], 'utf8');
  return [...text.matchAll(/```powershell[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]);
}

function generated(): string {
  const r = buildScript({ app: APP, obj: OBJ, mailboxes: [MAILBOX], smtp: true, sendAs: true, verify: true }, STRINGS.en.script);
  if (!r.ok) throw new Error('unexpected');
  return r.text;
}

/** Command name with its parameter names, e.g. "Add-MailboxPermission -Identity -User -AccessRights". */
const shapes = (p: Parsed) => new Set(p.commands.filter((c) => c.name && EXCHANGE.includes(c.name)).map((c) => [c.name, ...c.parameters.map((x) => `-${x}`)].join(' ')));

/** The page's commands with the placeholders filled in, in page order. */
function filled(locale: 'en' | 'de'): string {
  return blocks(locale)
    .join('\n')
    .replaceAll("'<APPLICATION_ID>'", `'${APP}'`)
    .replaceAll("'<OBJECT_ID>'", `'${OBJ}'`)
    .replaceAll("'<MAILBOX>'", `'${MAILBOX.replace("'", "''")}'`)
    .replaceAll("'<SERVICE_PRINCIPAL_ID>'", '$sp.Identity');
}

/** The Exchange side after a run, with the service principal's generated Identity named SP. */
function endState(run: RunResult) {
  const exo = run.tenant.Exchange;
  const id = exo.ServicePrincipals[0].Identity as string;
  return JSON.parse(JSON.stringify({ sp: exo.ServicePrincipals, mp: exo.MailboxPermissions, rp: exo.RecipientPermissions, mb: exo.Mailboxes }).replaceAll(id, 'SP'));
}

describe('the static commands of step 2', () => {
  for (const locale of ['en', 'de'] as const) {
    it(`(${locale}) parse, use nothing PowerShell 5.1 lacks, and are the commands the generator writes`, async () => {
      const page = blocks(locale);
      expect(page.length).toBeGreaterThanOrEqual(7);
      const [all, script] = await ps.parse([page.join('\n'), generated()]);
      for (const p of await ps.parse(page)) expectClean(p);
      expect(expanding(all)).toEqual([]);
      // Item by item: the page's Exchange commands are exactly the generator's (beside the
      // generator's own checks), and the reverse.
      const onPage = shapes(all);
      const inScript = shapes(script);
      // `Get-ServicePrincipal | Format-List`, listing every principal, is the page's way to find the ID.
      const pageOnly = new Set(['Get-ServicePrincipal', 'Format-List']);
      expect([...onPage].filter((c) => !inScript.has(c) && !pageOnly.has(c))).toEqual([]);
      expect([...inScript].filter((c) => !onPage.has(c))).toEqual([]);
      // Never the lookup that returns every principal for a wrong value, never -Organization.
      expect(all.commands.filter((c) => c.name === 'Get-ServicePrincipal' && c.parameters.includes('Identity'))).toEqual([]);
      expect(all.commands.filter((c) => c.name === 'Connect-ExchangeOnline' && c.parameters.length)).toEqual([]);
    });
  }

  it('filled in, the page\'s commands run to the same end state as the generator\'s script', async () => {
    const given = () => tenant({ mailboxes: [mailbox(MAILBOX)] });
    const [page, script] = [await ps.run(filled('en'), { tenant: given() }), await ps.run(generated(), { tenant: given() })];
    expect(page.failure).toBeNull();
    expect(script.failure).toBeNull();
    expect(endState(page)).toEqual(endState(script));
    expect(endState(page).mp).toEqual([expect.objectContaining({ Identity: MAILBOX, User: 'SP', AccessRights: ['FullAccess'] })]);
    // The German page's commands are the same code.
    expect(filled('de')).toBe(filled('en'));
  });
});

describe('the error catalogue\'s commands (troubleshooting page and decoder)', () => {
  const entries = Object.entries(ERROR_GUIDE).flatMap(([id, g]) => (g.commands?.length ? [{ id, text: g.commands.join('\n') }] : []));
  // Commands the catalogue may write although the generator does not: the page's listing of
  // every principal, the choice of the admin account (step 2's text names -UserPrincipalName),
  // and the fixes and checks that no script needs (IMAP, execution policy).
  const catalogueOnly = new Set(['Get-ServicePrincipal', 'Format-List', 'Connect-ExchangeOnline -UserPrincipalName', 'Set-CASMailbox -Identity -ImapEnabled', 'Set-ExecutionPolicy -ExecutionPolicy -Scope']);
  const PLACEHOLDERS: Record<string, string> = { "'<MAILBOX>'": `'${MAILBOX.replace("'", "''")}'`, "'<SERVICE_PRINCIPAL_ID>'": "'SP-IDENTITY'", "'<APPLICATION_ID>'": `'${APP}'`, "'<OBJECT_ID>'": `'${OBJ}'`, "'<admin@contoso.onmicrosoft.com>'": "'admin@contoso.onmicrosoft.com'" };

  it('parse, use nothing PowerShell 5.1 lacks, keep each placeholder a single-quoted literal, and write each command as the generator does', async () => {
    expect(entries.length).toBeGreaterThanOrEqual(10);
    const [script, ...parsed] = await ps.parse([generated(), ...entries.map((e) => e.text)]);
    const inScript = new Set([...shapes(script)].map((x) => x.replace(/^(\S+) .*/, '$1')));
    const scriptShapes = shapes(script);
    parsed.forEach((p, i) => {
      const { id } = entries[i];
      expectClean(p, id);
      expect(expanding(p), id).toEqual([]);
      // A placeholder is a whole literal the admin replaces ('<MAILBOX>' as on step 2), never the < operator.
      for (const s of quoted(p).filter((x) => x.value.includes('<'))) expect(Object.keys(PLACEHOLDERS), `${id}: ${s.text}`).toContain(s.text);
      const allShapes = new Set(p.commands.filter((c) => c.name).map((c) => [c.name, ...c.parameters.map((x) => `-${x}`)].join(' ')));
      for (const shape of allShapes) {
        if (catalogueOnly.has(shape) || shape === 'fl' || shape.startsWith('Format-List')) continue;
        expect(inScript.has(shape.split(' ')[0]) && scriptShapes.has(shape), `${id}: "${shape}" is not written so by the generator`).toBe(true);
      }
      expect(p.commands.filter((c) => c.name === 'Get-ServicePrincipal' && c.parameters.includes('Identity')), id).toEqual([]);
    });
  });

  it('filled in, the Exchange commands of each entry run against the stub as they stand', async () => {
    const sp: ExoPrincipal = { Identity: 'SP-IDENTITY', Name: 'teamspace', AppId: APP, ObjectId: OBJ, DisplayName: 'teamspace' };
    for (const { id, text } of entries) {
      // Installing a module or changing the execution policy is not the stub's to answer.
      const lines = text.split('\n').filter((l) => !/^(Install-Module|Set-ExecutionPolicy)\b/.test(l));
      let filled = lines.join('\n');
      for (const [from, to] of Object.entries(PLACEHOLDERS)) filled = filled.replaceAll(from, to);
      const connect = /^Connect-ExchangeOnline\b/m.test(filled) ? '' : 'Connect-ExchangeOnline\n';
      // New-ServicePrincipal creates the principal the other entries find.
      const principals = /New-ServicePrincipal/.test(filled) ? [] : [sp];
      const run = await ps.run(`$ErrorActionPreference = 'Stop'\n${connect}${filled}`, { tenant: tenant({ mailboxes: [mailbox(MAILBOX)], exchangePrincipals: principals }) });
      expect(run.failure, `${id}: ${run.failure?.message}`).toBeNull();
      expect(run.errors, id).toEqual([]);
    }
  });
});
