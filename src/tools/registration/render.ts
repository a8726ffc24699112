/**
 * Builds the result of a check as DOM (the shared el(): every value from a manifest or
 * from Graph is text, never markup). Failures and warnings come first, in the open; the
 * checks that passed fold into one "n checks passed" line that opens; notes come last.
 */
import { el } from '../../client/dom';
import { problemsFirst, renderPassedFold } from '../../client/passed-fold';
import { REDIRECT_PATH, RESOURCES, type Locale } from '../../data/microsoft';
import { intlLocale } from '../../i18n/lang';
import { format, plural } from '../../i18n/ui';
import type { PermissionCheck, Report, SecretCheck, SettingCheck, Status } from './checks';
import type { RegistrationStrings } from './strings';

type S = RegistrationStrings['checker'];

/** One finding; `check` says what was checked (setting, secret, look-alike, other). */
function finding(text: string, status: Status, check: string): HTMLLIElement {
  return el('li', { class: 'ts-finding', 'data-severity': status, 'data-check': check }, text);
}

const caption = (text: string) => el('p', { class: 'ts-registration__caption' }, text);
const findings = (attrs: Record<string, string>, items: Node[]) => el('ul', { class: 'ts-registration__findings', ...attrs }, ...items);
const isProblem = (status: Status) => status === 'error' || status === 'warning';

function resourceName(appId: string): string {
  return Object.values(RESOURCES).find((r) => r.appId === appId)?.name ?? appId;
}

function settingText(s: SettingCheck, t: S): string {
  switch (s.id) {
    case 'audience':
      if (s.status === 'ok') return t.audienceOk;
      return s.actual === null ? t.audienceMissing : format(t.audienceWrong, { actual: s.actual });
    case 'accessTokens':
      return s.status === 'ok' ? t.accessTokensOk : t.accessTokensOff;
    case 'idTokens':
      return s.status === 'ok' ? t.idTokensOk : t.idTokensOff;
    case 'redirectUri': {
      const values = { expected: s.expected ?? '', found: s.uris.join(', ') || t.none, path: REDIRECT_PATH };
      const key = ({ exact: 'redirectExact', near: 'redirectNear', otherPlatform: 'redirectOtherPlatform', missing: 'redirectMissing', pathFound: 'redirectPathFound', pathMissing: 'redirectPathMissing' } as const)[s.finding];
      return format(t[key], values);
    }
  }
}

export function formatDate(date: Date, lang: Locale): string {
  return date.toLocaleDateString(intlLocale(lang), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

function secretText(s: SecretCheck, t: S, lang: Locale): string {
  const name = s.secret.name || s.secret.keyId || t.secretUnnamed;
  const head = format(t.secret, { name, hint: s.secret.hint ?? '…', date: s.secret.end ? formatDate(s.secret.end, lang) : (s.secret.endText ?? '?') });
  const tail = { valid: t.secretValid, expiring: t.secretExpiring, expired: t.secretExpired, noEnd: t.secretNoEnd }[s.state];
  return `${head}: ${format(tail, { days: s.daysLeft ?? '' })}`;
}

/** The permission checklist (or part of it) as a table; the consent column only when consent is known. */
function permissionTable(rows: readonly PermissionCheck[], title: string, part: 'problems' | 'passed', report: Report, t: S): HTMLTableElement {
  const typeName = (p: PermissionCheck) => (p.permission.type === 'Role' ? t.typeRole : t.typeScope);
  const cols = [t.colPermission, t.colResource, t.colType, t.colState, ...(report.consentKnown ? [t.colConsent] : [])];
  const body = rows.map((p) => {
    const state = {
      present: t.statePresent,
      missing: t.stateMissing,
      wrongType: format(t.stateWrongType, { type: typeName(p) }),
      lookAlike: t.stateLookAlike,
      scopedInExchange: t.stateScopedInExchange,
      presentUnscoped: t.statePresentUnscoped,
    }[p.state];
    // data-label names the column where narrow screens stack each row (tools.css).
    const row = el(
      'tr',
      { 'data-severity': p.status },
      el('th', { scope: 'row' }, p.permission.name),
      el('td', { 'data-label': t.colResource }, RESOURCES[p.permission.resource].name),
      el('td', { 'data-label': t.colType }, typeName(p)),
      el('td', { 'data-label': t.colState, 'data-state': p.state }, state),
    );
    if (report.consentKnown) {
      const consent = p.state === 'scopedInExchange' ? '' : p.consent === 'granted' ? t.consentGranted : t.consentNotGranted;
      row.append(el('td', { 'data-label': t.colConsent, 'data-consent': p.consent }, consent));
    }
    return row;
  });
  return el(
    'table',
    { class: 'ts-registration__permissions', 'data-permissions': part },
    el('caption', null, title),
    el('thead', null, el('tr', null, ...cols.map((c) => el('th', { scope: 'col' }, c)))),
    el('tbody', null, ...body),
  );
}

/**
 * Show the whole report in `container`: source and summary; the problems (settings,
 * permissions, look-alikes, secrets); the passes folded; then notes, other permissions and
 * what a manifest cannot show. The fold is kept across re-checks, so it stays as the reader left it.
 */
export function showReport(container: HTMLElement, report: Report, t: S, lang: Locale): void {
  const reg = report.registration;
  const total = report.permissions.length;
  const open = el('div', { 'data-problems': '' });
  const source = { graphManifest: t.formatGraph, aadGraphManifest: t.formatAadGraph, graphApi: t.formatLive }[reg.source];
  open.append(el('p', null, source + ' ' + (reg.appId ? format(t.appLine, { name: reg.displayName ?? '', appId: reg.appId }) : t.noAppId)));
  const summary = report.errors + report.warnings === 0 ? t.summaryOk : format(t.summaryProblems, { errors: report.errors, warnings: report.warnings });
  open.append(el('p', { class: 'ts-registration__summary', 'data-summary': '' }, summary));

  // Failures first, then warnings, each group in the report's order.
  const bySeverity = <T extends { status: Status }>(items: readonly T[]) => problemsFirst(items.map((item) => ({ item, severity: item.status }))).map((p) => p.item);

  const settingProblems = bySeverity(report.settings);
  if (settingProblems.length) {
    open.append(caption(t.settingsCaption), findings({ 'data-settings': '' }, settingProblems.map((s) => finding(settingText(s, t), s.status, 'setting'))));
  }
  const permissionProblems = bySeverity(report.permissions);
  if (permissionProblems.length) {
    open.append(permissionTable(permissionProblems, format(t.permissionsProblemsCaption, { n: permissionProblems.length, total }), 'problems', report, t));
  }
  if (report.lookAlikes.length) {
    const items = report.lookAlikes.map(({ lookAlike }) => {
      const type = lookAlike.type === 'Role' ? t.typeRole : t.typeScope;
      return finding(format(t.lookAlike, { name: lookAlike.name, type, resource: RESOURCES[lookAlike.resource].name, why: lookAlike.why[lang] }), 'error', 'lookAlike');
    });
    open.append(caption(t.lookAlikesCaption), findings({ 'data-look-alikes': '' }, items));
  }
  const secretProblems = bySeverity(report.secrets);
  if (report.secrets.length === 0 || secretProblems.length) {
    const items = report.secrets.length === 0 ? [finding(t.noSecrets, 'error', 'secret')] : secretProblems.map((s) => finding(secretText(s, t, lang), s.status, 'secret'));
    open.append(caption(t.secretsCaption), findings({ 'data-secrets': '' }, items));
  }

  // The passes: settings, the permissions as the guide says them, valid secrets.
  const settingsOk = report.settings.filter((s) => s.status === 'ok');
  const permissionsOk = report.permissions.filter((p) => p.status === 'ok');
  const secretsOk = report.secrets.filter((s) => s.status === 'ok');
  const passed: Node[] = settingsOk.map((s) => finding(settingText(s, t), 'ok', 'setting'));
  if (permissionsOk.length) {
    const title = format(t.permissionsOkCaption, { n: permissionsOk.length, total });
    passed.push(el('li', { class: 'ts-registration__passed-table' }, permissionTable(permissionsOk, title, 'passed', report, t)));
  }
  passed.push(...secretsOk.map((s) => finding(secretText(s, t, lang), 'ok', 'secret')));

  // Notes: checks that are neither passed nor a problem (only the path was checked, a secret without end date).
  const after = el('div', { 'data-notes': '' });
  const notes = [
    ...report.settings.filter((s) => s.status === 'info').map((s) => finding(settingText(s, t), 'info', 'setting')),
    ...report.secrets.filter((s) => s.status === 'info').map((s) => finding(secretText(s, t, lang), 'info', 'secret')),
  ];
  if (notes.length) after.append(caption(t.notesCaption), findings({ 'data-note-list': '' }, notes));
  if (report.others.length) {
    const items = report.others.map((o) => finding(format(t.other, { id: o.id, type: o.type, resource: resourceName(o.resourceAppId) }), 'info', 'other'));
    after.append(caption(t.othersCaption), findings({ 'data-others': '' }, items));
  }
  if (!report.consentKnown) after.append(el('p', { class: 'ts-finding', 'data-severity': 'info' }, t.consentUnknown));

  // The slot of the fold is moved, not made again: a fold the reader opened stays open.
  const slot = container.querySelector<HTMLElement>(':scope > [data-passed-slot]') ?? el('div', { 'data-passed-slot': '' });
  container.replaceChildren(open, slot, after);
  const count = settingsOk.length + permissionsOk.length + secretsOk.length;
  renderPassedFold(slot, plural(t.passedCount, count, lang), passed, 'ts-registration__findings');
}
