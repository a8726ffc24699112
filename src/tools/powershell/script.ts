/**
 * The Exchange Online script of step 2, built as numbered blocks in the guide's order.
 * Every user value enters the script only through psString() (a single-quoted literal);
 * a missing value becomes a visible placeholder such as '<APPLICATION_ID>', and an
 * incomplete script starts with a comment and a `throw`, so it cannot run by mistake.
 * The code is kept as pieces so the page can highlight placeholders without parsing.
 */
import { format } from '../../i18n/ui';
import { isSafeForPowerShell, psString, UnsafeValueError } from '../../lib/powershell';

export type Field = 'tenant' | 'app' | 'obj' | 'sp' | 'mb';
export type BlockId = 'connect' | 'principal' | 'fullAccess' | 'smtp' | 'sendAs' | 'verify';

/** More mailboxes than this are written as an array and a loop instead of repeated lines. */
export const LOOP_THRESHOLD = 10;

export const PLACEHOLDERS: Record<Exclude<Field, 'sp'>, string> = {
  tenant: '<TENANT_ID>',
  app: '<APPLICATION_ID>',
  obj: '<OBJECT_ID>',
  mb: '<MAILBOX>',
};

export interface ScriptInput {
  tenant?: string;
  app?: string;
  obj?: string;
  /** Identity of an existing service principal; without it the script creates or finds one. */
  sp?: string;
  mailboxes: readonly string[];
  smtp: boolean;
  sendAs: boolean;
  verify: boolean;
  /** Fields the user filled with an invalid value: named as invalid rather than missing. */
  invalid?: readonly Field[];
}

/** The translated words of the script (comments and messages); see strings.ts. */
export interface ScriptText {
  fields: Record<Field, string>;
  invalidField: string;
  incompleteComment: string;
  incompleteThrow: string;
  titles: Record<BlockId, string>;
  connect: string;
  principalNew: string;
  principalExists: string;
  principalGiven: string;
  principalNotFound: string;
  objectIdMismatch: string;
  fullAccess: string;
  smtp: string;
  sendAs: string;
  verify: string;
  usesList: string;
  header: string;
  generated: string;
  reproduce: string;
}

export type Piece =
  | { kind: 'code'; text: string }
  | { kind: 'value'; text: string; field: Field; value: string }
  | { kind: 'placeholder'; text: string; field: Field }
  /** Our own text as a literal (messages, property names). */
  | { kind: 'fixed'; text: string };

export interface ScriptBlock {
  id: BlockId;
  number: number;
  title: string;
  pieces: Piece[];
  code: string;
}

export interface Script {
  ok: true;
  /** Required fields that are missing or invalid; empty when the script is complete. */
  missing: Field[];
  /** Comment and throw line that stop an incomplete script; null when complete. */
  stop: { pieces: Piece[]; code: string } | null;
  blocks: ScriptBlock[];
  /** The whole script as shown and copied: stop lines and blocks, a blank line between. */
  text: string;
}

export interface ScriptError {
  ok: false;
  /** The field whose value cannot be written safely into a script. */
  field: Field;
}

/** Collects pieces; literal() is the only way a value gets in. */
class Code {
  readonly pieces: Piece[] = [];

  comment(text: string): this {
    for (const line of text.split('\n')) this.pieces.push({ kind: 'code', text: line ? `# ${line}\n` : '#\n' });
    return this;
  }

  /** A line of code; interpolated pieces come from value() / fixed() / properties(). */
  line(strings: TemplateStringsArray, ...parts: (Piece | Piece[])[]): this {
    strings.forEach((s, i) => {
      if (s) this.pieces.push({ kind: 'code', text: s });
      if (i < parts.length) this.pieces.push(...[parts[i]].flat());
    });
    this.pieces.push({ kind: 'code', text: '\n' });
    return this;
  }

  done(): { pieces: Piece[]; code: string } {
    const last = this.pieces[this.pieces.length - 1];
    if (last?.kind === 'code') last.text = last.text.replace(/\n$/, '');
    return { pieces: this.pieces, code: this.pieces.map((p) => p.text).join('') };
  }
}

class Unsafe extends Error {
  constructor(readonly field: Field) {
    super(`unsafe ${field}`);
  }
}

function value(field: Field, v: string | undefined): Piece {
  if (v === undefined) return { kind: 'placeholder', field, text: `'${PLACEHOLDERS[field as Exclude<Field, 'sp'>]}'` };
  try {
    return { kind: 'value', field, value: v, text: psString(v) };
  } catch (e) {
    if (e instanceof UnsafeValueError) throw new Unsafe(field);
    throw e;
  }
}

const fixed = (text: string): Piece => ({ kind: 'fixed', text: psString(text) });

/** Property names for Format-List, quoted (PowerShell accepts both; quoted is unambiguous). */
const properties = (...names: string[]): Piece[] => names.flatMap((n, i) => (i ? [{ kind: 'code', text: ', ' } as Piece, fixed(n)] : [fixed(n)]));
const SP_PROPERTIES = properties('DisplayName', 'AppId', 'ObjectId', 'Identity');

export function buildScript(input: ScriptInput, t: ScriptText): Script | ScriptError {
  try {
    return build(input, t);
  } catch (e) {
    if (e instanceof Unsafe) return { ok: false, field: e.field };
    throw e;
  }
}

function build(input: ScriptInput, t: ScriptText): Script {
  const blank = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
  const tenant = blank(input.tenant);
  const app = blank(input.app);
  const obj = blank(input.obj);
  const sp = blank(input.sp);
  const mailboxes = input.mailboxes;
  const invalid = new Set(input.invalid ?? []);

  // The tenant is not written into the script (an interactive Connect-ExchangeOnline signs in
  // to the admin's own organization); an invalid one is still named, so the form gets fixed.
  const required: Field[] = sp ? ['mb'] : ['app', 'obj', 'mb'];
  const present: Record<Field, boolean> = { tenant: !!tenant, app: !!app, obj: !!obj, sp: !!sp, mb: mailboxes.length > 0 };
  const missing = required.filter((f) => !present[f] || invalid.has(f));
  if (invalid.has('sp') && !missing.includes('sp')) missing.unshift('sp');
  if (invalid.has('tenant')) missing.unshift('tenant');

  const loop = mailboxes.length > LOOP_THRESHOLD;
  const boxes = mailboxes.length ? mailboxes : [undefined];
  const trustee = (): Piece => (sp ? value('sp', sp) : { kind: 'code', text: '$sp.Identity' });

  const blocks: ScriptBlock[] = [];
  let listBlock = 0;
  const add = (id: BlockId, fill: (c: Code, n: number) => void) => {
    const number = blocks.length + 1;
    const title = `${number}. ${t.titles[id]}`;
    const c = new Code().comment(title);
    fill(c, number);
    blocks.push({ id, number, title: t.titles[id], ...c.done() });
  };
  /** Per mailbox: repeated lines for a few, one array and a loop for many. */
  const perMailbox = (c: Code, n: number, body: (c: Code, mailbox: Piece) => void) => {
    if (!loop) {
      for (const m of boxes) body(c, value('mb', m));
      return;
    }
    if (listBlock === 0) {
      listBlock = n;
      c.line`$mailboxes = @(`;
      for (const m of mailboxes) c.line`    ${value('mb', m)}`;
      c.line`)`;
    } else {
      c.comment(format(t.usesList, { n: listBlock }));
    }
    c.line`foreach ($mailbox in $mailboxes) {`;
    const inner = new Code();
    body(inner, { kind: 'code', text: '$mailbox' });
    let lineStart = true;
    for (const p of inner.pieces) {
      c.pieces.push(lineStart && p.kind === 'code' ? { ...p, text: `    ${p.text}` } : p);
      lineStart = p.text.endsWith('\n');
    }
    c.line`}`;
  };

  add('connect', (c) => {
    c.comment(t.connect);
    // A failed command stops the script instead of letting every later line fail one by one.
    c.line`$ErrorActionPreference = ${fixed('Stop')}`;
    c.line`if (-not (Get-Module -ListAvailable -Name ${fixed('ExchangeOnlineManagement')})) { Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser }`;
    c.line`Import-Module ExchangeOnlineManagement`;
    // Interactive sign-in: -Organization is for certificate and managed-identity connections.
    c.line`Connect-ExchangeOnline`;
  });

  add('principal', (c) => {
    if (sp) {
      // Not Get-ServicePrincipal -Identity: with a value that does not exist it returns every principal.
      c.comment(t.principalGiven);
      c.line`$given = ${value('sp', sp)}`;
      c.line`$found = @(Get-ServicePrincipal | Where-Object { $_.Identity -eq $given -or $_.ObjectId -eq $given })`;
      c.line`if ($found.Count -ne 1) { throw ${fixed(t.principalNotFound)} }`;
      c.line`$found | Format-List ${SP_PROPERTIES}`;
      return;
    }
    c.comment(t.principalNew);
    c.line`$sp = Get-ServicePrincipal | Where-Object { $_.AppId -eq ${value('app', app)} }`;
    c.line`if (-not $sp) {`;
    c.line`    $sp = New-ServicePrincipal -AppId ${value('app', app)} -ObjectId ${value('obj', obj)}`;
    c.line`} elseif ($sp.ObjectId -ne ${value('obj', obj)}) {`;
    c.line`    Write-Warning ${fixed(t.objectIdMismatch)}`;
    c.line`}`;
    c.line`$sp | Format-List ${SP_PROPERTIES}`;
    c.comment(t.principalExists);
  });

  add('fullAccess', (c, n) => {
    c.comment(t.fullAccess);
    perMailbox(c, n, (b, m) => b.line`Add-MailboxPermission -Identity ${m} -User ${trustee()} -AccessRights FullAccess`);
  });

  if (input.smtp) {
    add('smtp', (c, n) => {
      c.comment(t.smtp);
      perMailbox(c, n, (b, m) => b.line`Set-CASMailbox -Identity ${m} -SmtpClientAuthenticationDisabled $false`);
    });
  }

  if (input.sendAs) {
    add('sendAs', (c, n) => {
      c.comment(t.sendAs);
      perMailbox(c, n, (b, m) => b.line`Add-RecipientPermission -Identity ${m} -Trustee ${trustee()} -AccessRights SendAs -Confirm:$false`);
    });
  }

  if (input.verify) {
    add('verify', (c, n) => {
      c.comment(t.verify);
      perMailbox(c, n, (b, m) => {
        b.line`Get-MailboxPermission -Identity ${m}`;
        if (input.sendAs) b.line`Get-RecipientPermission -Identity ${m}`;
        b.line`Get-CASMailbox -Identity ${m} | Format-List ${properties('Name', 'ImapEnabled', 'SmtpClientAuthenticationDisabled')}`;
      });
    });
  }

  let stop: Script['stop'] = null;
  if (missing.length) {
    const names = missing.map((f) => (invalid.has(f) ? `${t.fields[f]} ${t.invalidField}` : t.fields[f])).join(', ');
    const c = new Code().comment(format(t.incompleteComment, { fields: names }));
    c.line`throw ${fixed(format(t.incompleteThrow, { fields: names }))}`;
    stop = c.done();
  }

  const text = [...(stop ? [stop.code] : []), ...blocks.map((b) => b.code)].join('\n\n') + '\n';
  return { ok: true, missing, stop, blocks, text };
}

/** The comment lines that open a downloaded script: what it does, when, and how to reproduce it. */
export function scriptHeader(t: ScriptText, generatedAt: Date, link: string | null): string {
  const lines = [t.header, format(t.generated, { time: generatedAt.toISOString().replace(/\.\d+Z$/, 'Z') })];
  // The link is percent-encoded; still, a line break in it would end the comment.
  if (link && isSafeForPowerShell(link)) lines.push(format(t.reproduce, { link }));
  return lines.flatMap((l) => l.split('\n')).map((l) => (l ? `# ${l}` : '#')).join('\n') + '\n';
}
