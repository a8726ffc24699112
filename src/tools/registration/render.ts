/**
 * Builds the result of a check as DOM (createElement and textContent only; every
 * value from a manifest or from Graph is text, never markup).
 */
import { REDIRECT_PATH, RESOURCES, type Locale } from '../../data/microsoft';
import { format } from '../../i18n/ui';
import type { Report, SettingCheck, Status } from './checks';
import type { RegistrationStrings } from './strings';

type S = RegistrationStrings['checker'];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function finding(text: string, status: Status): HTMLLIElement {
  return el('li', text, { class: 'ts-finding', 'data-severity': status });
}

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
  return date.toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** The whole report: source, summary, settings, permission checklist, look-alikes, secrets, consent. */
export function renderReport(report: Report, t: S, lang: Locale): HTMLElement {
  const root = el('div');
  const reg = report.registration;
  const source = { graphManifest: t.formatGraph, aadGraphManifest: t.formatAadGraph, graphApi: t.formatLive }[reg.source];
  root.append(el('p', source + ' ' + (reg.appId ? format(t.appLine, { name: reg.displayName ?? '', appId: reg.appId }) : t.noAppId)));
  const summary = report.errors + report.warnings === 0 ? t.summaryOk : format(t.summaryProblems, { errors: report.errors, warnings: report.warnings });
  root.append(el('p', summary, { class: 'ts-registration__summary', 'data-summary': '' }));

  root.append(el('p', t.settingsCaption, { class: 'ts-registration__caption' }));
  const settings = el('ul', undefined, { class: 'ts-registration__findings', 'data-settings': '' });
  for (const s of report.settings) settings.append(finding(settingText(s, t), s.status));
  root.append(settings);

  const table = el('table', undefined, { class: 'ts-registration__permissions', 'data-permissions': '' });
  const ok = report.permissions.filter((p) => p.status === 'ok').length;
  table.append(el('caption', format(t.permissionsCaption, { ok, total: report.permissions.length })));
  const head = el('tr');
  const cols = [t.colPermission, t.colResource, t.colType, t.colState, ...(report.consentKnown ? [t.colConsent] : [])];
  for (const c of cols) head.append(el('th', c, { scope: 'col' }));
  const thead = el('thead');
  thead.append(head);
  table.append(thead);
  const body = el('tbody');
  for (const p of report.permissions) {
    const row = el('tr', undefined, { 'data-severity': p.status });
    row.append(el('th', p.permission.name, { scope: 'row' }));
    row.append(el('td', RESOURCES[p.permission.resource].name));
    row.append(el('td', p.permission.type === 'Role' ? t.typeRole : t.typeScope));
    const state = {
      present: t.statePresent,
      missing: t.stateMissing,
      wrongType: format(t.stateWrongType, { type: p.permission.type === 'Role' ? t.typeRole : t.typeScope }),
      lookAlike: t.stateLookAlike,
      scopedInExchange: t.stateScopedInExchange,
      presentUnscoped: t.statePresentUnscoped,
    }[p.state];
    row.append(el('td', state, { 'data-state': p.state }));
    if (report.consentKnown) row.append(el('td', p.state === 'scopedInExchange' ? '' : p.consent === 'granted' ? t.consentGranted : t.consentNotGranted, { 'data-consent': p.consent }));
    body.append(row);
  }
  table.append(body);
  root.append(table);

  if (report.lookAlikes.length) {
    root.append(el('p', t.lookAlikesCaption, { class: 'ts-registration__caption' }));
    const list = el('ul', undefined, { class: 'ts-registration__findings', 'data-look-alikes': '' });
    for (const { lookAlike } of report.lookAlikes) {
      const type = lookAlike.type === 'Role' ? t.typeRole : t.typeScope;
      list.append(finding(format(t.lookAlike, { name: lookAlike.name, type, resource: RESOURCES[lookAlike.resource].name, why: lookAlike.why[lang] }), 'error'));
    }
    root.append(list);
  }

  if (report.others.length) {
    root.append(el('p', t.othersCaption, { class: 'ts-registration__caption' }));
    const list = el('ul', undefined, { class: 'ts-registration__findings' });
    for (const o of report.others) list.append(finding(format(t.other, { id: o.id, type: o.type, resource: resourceName(o.resourceAppId) }), 'info'));
    root.append(list);
  }

  root.append(el('p', t.secretsCaption, { class: 'ts-registration__caption' }));
  const secrets = el('ul', undefined, { class: 'ts-registration__findings', 'data-secrets': '' });
  if (report.secrets.length === 0) secrets.append(finding(t.noSecrets, 'error'));
  for (const s of report.secrets) {
    const name = s.secret.name || s.secret.keyId || t.secretUnnamed;
    const head = format(t.secret, { name, hint: s.secret.hint ?? '…', date: s.secret.end ? formatDate(s.secret.end, lang) : (s.secret.endText ?? '?') });
    const tail = { valid: t.secretValid, expiring: t.secretExpiring, expired: t.secretExpired, noEnd: t.secretNoEnd }[s.state];
    secrets.append(finding(`${head}: ${format(tail, { days: s.daysLeft ?? '' })}`, s.status));
  }
  root.append(secrets);

  if (!report.consentKnown) root.append(el('p', t.consentUnknown, { class: 'ts-finding', 'data-severity': 'info' }));
  return root;
}

