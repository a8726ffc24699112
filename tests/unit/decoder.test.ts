import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { ERROR_MATCHERS as ERRORS, type ErrorMatcher as ErrorEntry } from '../../src/data/error-matchers';
import { ERROR_GUIDE, ERROR_SOURCES, HELP_PAGES, LEARN_SOURCES, type HelpPage } from '../../src/data/errors';
import { sitePath } from '../support/site-path';
import { aadstsLookupUrl } from '../../src/data/microsoft';
import { GUIDE_ANCHORS } from '../../src/data/guide-anchors';
import { decode, linkValue, MAX_INPUT_CHARS, MAX_UNKNOWN_SHOWN, type Finding } from '../../src/tools/decoder/decode';
import { errorProseIds, readErrorProse } from '../support/error-prose-files';

const ids = (findings: readonly Finding[]) => findings.map((f) => (f.kind === 'known' ? f.entry.id : f.code));
const byId = (id: string): ErrorEntry => {
  const entry = ERRORS.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
};

describe('the catalogue', () => {
  test('has unique ids that work as anchors in every locale', () => {
    const all = ERRORS.map((e) => e.id);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  test.each(ERRORS.map((e) => [e.id, e] as const))('%s is complete in English and German', (_, entry) => {
    const en = readErrorProse('en', entry.id);
    const de = readErrorProse('de', entry.id);
    expect(de.causeList).toHaveLength(en.causeList.length);
    const texts = (p: typeof en) => [p.title, p.meaning, p.fix, ...p.causeList];
    texts(en).forEach((text, i) => {
      const german = texts(de)[i];
      for (const t of [text, german]) {
        expect(t.trim()).not.toBe('');
        // Backticks mark code: an unpaired one would swallow the rest of the text.
        expect(t.split('`').length % 2).toBe(1);
        // Angle brackets (placeholders such as <OBJECT_ID>) only inside code, never raw HTML.
        expect(t.split('`').filter((_, j) => j % 2 === 0).join('')).not.toMatch(/<[A-Za-z0-9/!]/);
      }
      expect(german).not.toBe(text);
    });
    expect(en.causeList.length).toBeGreaterThan(0);
    expect(entry.samples.length).toBeGreaterThan(0);
    expect(entry.matchers.length).toBeGreaterThan(0);
    expect(ERROR_GUIDE[entry.id], `ERROR_GUIDE['${entry.id}']`).toBeDefined();
    expect(Object.keys(ERROR_SOURCES)).toContain(entry.source);
  });

  test('every catalogue file belongs to an entry, in both locales', () => {
    const ids = ERRORS.map((e) => e.id).sort();
    expect(errorProseIds('en')).toEqual(ids);
    expect(errorProseIds('de')).toEqual(ids);
    expect(Object.keys(ERROR_GUIDE).sort()).toEqual(ids);
  });

  test('AADSTS entries are named after their code', () => {
    for (const entry of ERRORS.filter((e) => e.source === 'entra')) {
      expect(entry.code).toMatch(/^AADSTS\d{5,7}$/);
      expect(entry.id).toBe(entry.code.toLowerCase());
    }
  });

  test('covers the errors the guide names', () => {
    const required = [
      'aadsts7000215',
      'aadsts7000222',
      'aadsts700016',
      'aadsts50011',
      'aadsts65001',
      'aadsts90002',
      'aadsts500011',
      'smtp-535-5-7-139',
      'smtp-535-5-7-3',
      'smtp-send-as-denied',
      'imap-authenticate-failed',
      'imap-not-connected',
      'ps-exchange-module-missing',
      'ps-exchange-cmdlet-missing',
      'ps-new-service-principal-failed',
      'ps-user-not-found',
      'smtp-550-5-7-30',
      'secret-blocked-by-policy',
    ];
    expect(ERRORS.map((e) => e.id)).toEqual(expect.arrayContaining(required));
  });

  test('every link points to a page that exists in both locales, and to a stable guide anchor', () => {
    const anchors: Record<string, readonly string[]> = GUIDE_ANCHORS;
    for (const page of Object.keys(HELP_PAGES) as HelpPage[]) {
      for (const lang of ['en', 'de'] as const) {
        expect(HELP_PAGES[page].path).toMatch(/^[a-z][a-z0-9/-]*\/(#[a-z-]+)?$/);
        const href = sitePath(lang, HELP_PAGES[page].path);
        const [path, anchor] = HELP_PAGES[page].path.split('#');
        const file = `content/docs/${lang === 'de' ? 'de/' : ''}${path.slice(0, -1)}`;
        expect(existsSync(`${file}.mdx`) || existsSync(`${file}/index.mdx`), `${href} -> ${file}.mdx`).toBe(true);
        if (anchor) expect(anchors[path], href).toContain(anchor);
      }
    }
    const used = new Set<HelpPage>(ERRORS.flatMap((e) => ERROR_GUIDE[e.id].links));
    expect(used.size).toBeGreaterThan(10);
  });
});

describe('decode: each entry is found by its own messages', () => {
  const cases = ERRORS.flatMap((entry) => entry.samples.map((sample, i) => [`${entry.id} #${i + 1}`, entry, sample] as const));
  test.each(cases)('%s', (_, entry, sample) => {
    expect(ids(decode(sample).findings)).toEqual([entry.id]);
  });

  test.each(ERRORS.map((e) => [e.id, e] as const))('%s: its link key decodes to it alone', (_, entry) => {
    const { findings } = decode(entry.key);
    expect(ids(findings)).toEqual([entry.id]);
    expect(linkValue(findings)).toBe(entry.key);
  });
});

describe('decode: AADSTS codes', () => {
  test('an unknown code links to Microsoft\'s lookup', () => {
    const { findings } = decode('Error: AADSTS50126: Error validating credentials due to invalid username or password.');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.kind).toBe('unknown-aadsts');
    if (f.kind !== 'unknown-aadsts') return;
    expect(f.code).toBe('AADSTS50126');
    expect(f.lookupUrl).toBe(aadstsLookupUrl(50126));
    expect(f.lookupUrl).toBe('https://login.microsoftonline.com/error?code=50126');
  });

  test('a longer code is not mistaken for a known prefix', () => {
    expect(ids(decode('AADSTS700160 something').findings)).toEqual(['AADSTS700160']);
    expect(ids(decode('AADSTS7000215x').findings)).toEqual([]);
  });

  test('codes are found in JSON error responses too', () => {
    const json = JSON.stringify({
      error: 'invalid_client',
      error_description: "AADSTS7000222: The provided client secret keys for app '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f' are expired.\r\nTrace ID: 1\r\nCorrelation ID: 2",
      error_codes: [7000222],
    });
    expect(ids(decode(json).findings)).toEqual(['aadsts7000222']);
  });

  test('a bare code or status alone names its entry', () => {
    expect(ids(decode('7000215').findings)).toEqual(['aadsts7000215']);
    expect(ids(decode(' aadsts7000215 ').findings)).toEqual(['aadsts7000215']);
    expect(ids(decode('5.7.139').findings)).toEqual(['smtp-535-5-7-139']);
    expect(ids(decode('5.7.60').findings)).toEqual(['smtp-send-as-denied']);
    expect(ids(decode('imap-not-connected').findings)).toEqual(['imap-not-connected']);
    expect(ids(decode('12345').findings)).toEqual(['AADSTS12345']);
  });
});

describe('decode: a log excerpt', () => {
  const log = [
    '2026-11-28 08:00:01 INFO  MailFetcher started for info@contoso.com',
    '2026-11-28 08:00:02 DEBUG IMAP C: A1 CAPABILITY',
    '2026-11-28 08:00:02 DEBUG IMAP S: * CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT',
    '2026-11-28 08:00:03 WARN  IMAP S: A2 NO AUTHENTICATE failed.',
    '2026-11-28 08:05:03 WARN  IMAP S: A2 NO AUTHENTICATE failed.',
    '2026-11-28 08:06:00 ERROR Token request failed: {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}',
    '2026-11-28 08:07:00 ERROR SMTP: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.',
    '2026-11-28 08:08:00 ERROR Sign-in failed: AADSTS50126: Error validating credentials.',
    '2026-11-28 08:09:03 WARN  IMAP S: A7 NO AUTHENTICATE failed.',
    '2026-11-28 08:10:00 INFO  done',
  ].join('\r\n');

  test('every error once, in order of first appearance, with line and excerpt', () => {
    const { findings, truncated } = decode(log);
    expect(truncated).toBe(false);
    expect(ids(findings)).toEqual(['imap-authenticate-failed', 'aadsts7000215', 'smtp-535-5-7-139', 'AADSTS50126']);
    expect(findings.map((f) => f.first.line)).toEqual([4, 6, 7, 8]);
    expect(findings.map((f) => f.lineCount)).toEqual([3, 1, 1, 1]);
    expect(findings[0].first.text).toBe('AUTHENTICATE failed');
    expect(findings[0].first.excerpt).toBe('2026-11-28 08:00:03 WARN  IMAP S: A2 NO AUTHENTICATE failed.');
    expect(linkValue(findings)).toBe(['AUTHENTICATE failed', 'AADSTS7000215', '535 5.7.139', 'AADSTS50126'].join('\n'));
  });

  test('the link value finds the same errors again', () => {
    const { findings } = decode(log);
    expect(ids(decode(linkValue(findings)).findings)).toEqual(ids(findings));
  });

  test('a long line is shortened around the match', () => {
    const line = `${'x '.repeat(400)}AADSTS700016 ${'y '.repeat(400)}`;
    const [f] = decode(line).findings;
    expect(f.first.excerpt.length).toBeLessThanOrEqual(202);
    expect(f.first.excerpt).toContain('AADSTS700016');
    expect(f.first.excerpt.startsWith('…')).toBe(true);
    expect(f.first.excerpt.endsWith('…')).toBe(true);
  });

  test('PowerShell output: the specific error wins over the generic New-ServicePrincipal failure', () => {
    const output = [
      "PS C:\\> New-ServicePrincipal -AppId 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f -ObjectId 0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d",
      "New-ServicePrincipal : A parameter cannot be found that matches parameter name 'ObjectId'.",
      'At line:1 char:60',
      '+ New-ServicePrincipal -AppId 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f -ObjectId 0a1b ...',
      '+                                                            ~~~~~~~~~',
      '    + CategoryInfo          : InvalidArgument: (:) [New-ServicePrincipal], ParameterBindingException',
    ].join('\n');
    expect(ids(decode(output).findings)).toEqual(['ps-objectid-parameter-unknown']);
    expect(ids(decode(byId('ps-new-service-principal-failed').samples[0]).findings)).toEqual(['ps-new-service-principal-failed']);
  });
});

describe('decode: no false positives', () => {
  const harmless = [
    '',
    'Install-Module -Name ExchangeOnlineManagement',
    'Import-Module ExchangeOnlineManagement',
    'Connect-ExchangeOnline -Organization contoso.onmicrosoft.com',
    'New-ServicePrincipal -AppId 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f -ObjectId 0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d',
    'Get-ServicePrincipal | fl',
    'Add-MailboxPermission -Identity "john.smith@contoso.com" -User 0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d -AccessRights FullAccess',
    'Set-CASMailbox -Identity "john.smith@contoso.com" -SmtpClientAuthenticationDisabled $false',
    'Add-RecipientPermission -Identity info@contoso.com -Trustee 0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d -AccessRights SendAs',
    'A1 OK AUTHENTICATE completed.',
    '235 2.7.0 Authentication successful',
    '250 2.0.0 OK <1234@contoso.com> [Hostname=FR2P281MB0001.DEUP281.PROD.OUTLOOK.COM]',
    '220 FR2P281CA0034.outlook.office365.com Microsoft ESMTP MAIL Service ready',
    'ExchangeOnlineManagement 3.5.3 installed; teamspace 5.7.3 running on Tomcat 10.1.35 (535 requests, 5.7.139 ms)',
    'The page you requested couldn\'t be found on this server.',
    'Sign-in to Microsoft worked; the green message appeared.',
    'https://login.microsoftonline.com/0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3e/oauth2/v2.0/token',
    'scope=https://outlook.office365.com/.default&grant_type=client_credentials',
    'User is authenticated and connected.',
    'AADSTS is the prefix of Microsoft sign-in errors.',
    'The term "teamspace" is not recognized by everyone.',
  ];
  test.each(harmless.map((text) => [text]))('%j', (text) => {
    expect(decode(text).findings).toEqual([]);
  });
});

describe('decode: size bound', () => {
  test('only the first MAX_INPUT_CHARS characters are searched, and it says so', () => {
    const filler = 'INFO nothing to see here\n'.repeat(Math.ceil(MAX_INPUT_CHARS / 25));
    const input = `AADSTS7000215: Invalid client secret provided.\n${filler}535 5.7.3 Authentication unsuccessful\n`;
    expect(input.length).toBeGreaterThan(MAX_INPUT_CHARS);
    const result = decode(input);
    expect(result.truncated).toBe(true);
    expect(result.inputLength).toBe(input.length);
    expect(ids(result.findings)).toEqual(['aadsts7000215']);
  });

  test('input up to the limit is searched completely', () => {
    const tail = '\nA1 NO AUTHENTICATE failed.';
    const input = 'x'.repeat(MAX_INPUT_CHARS - tail.length) + tail;
    const result = decode(input);
    expect(result.truncated).toBe(false);
    expect(ids(result.findings)).toEqual(['imap-authenticate-failed']);
    expect(result.findings[0].first.line).toBe(2);
  });
});

describe('decode: many findings stay bounded (a hostile link or paste)', () => {
  /** n distinct AADSTS codes the catalogue does not know, the way a link carries them: one line. */
  const distinctCodes = (n: number, separator = '+') => Array.from({ length: n }, (_, i) => `AADSTS${10_000_000 + i}`).join(separator);

  test('20,000 distinct codes on one line: a capped list, the rest counted, a short link', () => {
    const text = `AADSTS7000215 ${distinctCodes(20_000)} AUTHENTICATE failed`;
    const result = decode(text);
    // Every catalogue entry found is shown, unknown codes up to the cap.
    expect(ids(result.findings)).toEqual([
      'aadsts7000215',
      ...Array.from({ length: MAX_UNKNOWN_SHOWN }, (_, i) => `AADSTS${10_000_000 + i}`),
      'imap-authenticate-failed',
    ]);
    expect(result.more).toBe(20_000 - MAX_UNKNOWN_SHOWN);
    // Output size does not grow with the input: each excerpt is a bounded window.
    for (const f of result.findings) expect(f.first.excerpt.length).toBeLessThanOrEqual(202);
    expect(JSON.stringify(result).length).toBeLessThan(20_000);
    expect(linkValue(result.findings).split('\n')).toHaveLength(MAX_UNKNOWN_SHOWN + 2);
  });

  test('the same code many times: shown once, with how often and on how many lines', () => {
    const text = Array.from({ length: 50 }, () => 'AADSTS50126 '.repeat(20)).join('\n');
    const { findings, more } = decode(text);
    expect(ids(findings)).toEqual(['AADSTS50126']);
    expect(more).toBe(0);
    expect(findings[0].count).toBe(1000);
    expect(findings[0].lineCount).toBe(50);
    expect(findings[0].first.line).toBe(1);
  });

  test('a megabyte of distinct codes separated by line breaks: lines still counted right', () => {
    const text = distinctCodes(66_000, '\n');
    expect(text.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    const { findings, more } = decode(text);
    expect(findings).toHaveLength(MAX_UNKNOWN_SHOWN);
    expect(findings.map((f) => f.first.line)).toEqual(Array.from({ length: MAX_UNKNOWN_SHOWN }, (_, i) => i + 1));
    expect(more).toBe(66_000 - MAX_UNKNOWN_SHOWN);
  });
});

describe('the browser code', () => {
  test('the decoder (worker and in-page) carries the matchers, not the catalogue prose', async () => {
    const result = await build({
      entryPoints: ['src/tools/decoder/worker.ts'],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].text;
    expect(code).toContain('AADSTS7000215: Invalid client secret provided.'); // a sample
    for (const entry of ERRORS) {
      for (const lang of ['en', 'de'] as const) {
        const prose = readErrorProse(lang, entry.id);
        for (const text of [prose.meaning, prose.fix, ...prose.causeList]) expect(code, `${lang}/${entry.id}.md`).not.toContain(text.slice(0, 40));
      }
    }
    expect(code.length).toBeLessThan(20_000);
  });
});

describe('the catalogue follows Microsoft\'s documentation (corrections)', () => {
  const both = (id: string) => [readErrorProse('en', id), readErrorProse('de', id)];
  const all = (p: ReturnType<typeof readErrorProse>) => [p.title, p.meaning, p.fix, ...p.causeList].join('\n');

  test('-ObjectId "not found" means missing Exchange roles, not an old module', () => {
    const [en, de] = both('ps-objectid-parameter-unknown');
    expect(all(en)).toMatch(/Exchange Administrator/);
    expect(all(en)).toMatch(/Organization Management/);
    expect(all(de)).toMatch(/Exchange-Administrator/);
    expect(all(en)).not.toMatch(/too old|old version|Update the module/);
    expect(all(de)).not.toMatch(/zu alt|alte Version|Aktualisieren Sie das Modul/);
    expect(ERROR_GUIDE['ps-objectid-parameter-unknown'].commands?.join('\n')).not.toMatch(/Update-Module/);
  });

  test('535 5.7.3 is a failed authentication, not "token accepted"', () => {
    const [en, de] = both('smtp-535-5-7-3');
    expect(en.meaning).toMatch(/authentication failed/);
    expect(en.meaning).not.toMatch(/accepted the token/);
    expect(de.meaning).toMatch(/Authentifizierung ist fehlgeschlagen/);
    expect(de.meaning).not.toMatch(/Token angenommen/);
  });

  test('no consent: the mail login fails with a token without roles; AADSTS65001 is single sign-on', () => {
    for (const id of ['smtp-535-5-7-3', 'imap-authenticate-failed']) {
      const [en, de] = both(id);
      expect(all(en)).toMatch(/without the `roles` claim/);
      expect(all(de)).toMatch(/ohne den Claim `roles`/);
    }
    const [en, de] = both('aadsts65001');
    expect(en.meaning).toMatch(/single sign-on/);
    expect(en.meaning).toMatch(/AUTHENTICATE failed/);
    expect(de.meaning).toMatch(/Single Sign-on/);
  });

  test('replication: usually within 30 minutes, sometimes up to 2 hours', () => {
    for (const id of ['smtp-535-5-7-139', 'smtp-535-5-7-3', 'smtp-send-as-denied', 'imap-authenticate-failed', 'imap-not-connected']) {
      const [en, de] = both(id);
      expect(all(en), id).toMatch(/2 hours/);
      expect(all(de), id).toMatch(/2 Stunden/);
      expect(all(en), id).not.toMatch(/up to (about )?30 minutes/);
      expect(all(de), id).not.toMatch(/bis zu (etwa )?30 Minuten/);
    }
  });

  test('550 5.7.30 (Basic authentication retired for SMTP AUTH) is its own entry', () => {
    expect(ids(decode('550 5.7.30 Basic authentication is not supported for Client Submission.').findings)).toEqual(['smtp-550-5-7-30']);
    expect(ids(decode('Basic authentication is not supported for Client Submission').findings)).toEqual(['smtp-550-5-7-30']);
    expect(ids(decode('5.7.30').findings)).toEqual(['smtp-550-5-7-30']);
    expect(ids(decode('535 5.7.3 Authentication unsuccessful').findings)).toEqual(['smtp-535-5-7-3']);
  });

  test('an app management policy that forbids or shortens secrets has its entry', () => {
    expect(ids(decode('Add-MgApplicationPassword_AddExpanded: CredentialTypeNotAllowedAsPerAppPolicy').findings)).toEqual(['secret-blocked-by-policy']);
    expect(ids(decode('CredentialInvalidLifetimeAsPerAppPolicy: Credential lifetime exceeds the max value allowed as per assigned policy.').findings)).toEqual([
      'secret-blocked-by-policy',
    ]);
  });

  test('interactive connections use -UserPrincipalName, not -Organization', () => {
    for (const [id, guide] of Object.entries(ERROR_GUIDE)) expect(guide.commands?.join('\n') ?? '', id).not.toMatch(/-Organization/);
  });

  test('entries link their Microsoft Learn source where one exists', () => {
    for (const source of Object.values(LEARN_SOURCES)) expect(source.url).toMatch(/^https:\/\/learn\.microsoft\.com\/[a-z]/);
    for (const entry of ERRORS.filter((e) => ['smtp', 'imap', 'registration'].includes(e.source))) {
      expect(ERROR_GUIDE[entry.id].learn?.length ?? 0, entry.id).toBeGreaterThan(0);
    }
    const linked = ERRORS.filter((e) => (ERROR_GUIDE[e.id].learn?.length ?? 0) > 0).length;
    expect(linked).toBeGreaterThanOrEqual(20);
  });
});
