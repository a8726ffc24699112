/**
 * <ts-registration-checker>: wires the checker's markup to the pure checks. The
 * manifest check runs on every change of the pasted text, the dropped or chosen file,
 * or the installation URL. The live check loads MSAL (./live) only on the sign-in click.
 */
import { bindField, bindFlag, type FieldBinding } from '../../client/bind-field';
import { showMessage } from '../../client/field-message';
import { wireFileDrop } from '../../client/file-drop';
import { pageState } from '../../client/page-state';
import { ToolElement } from '../../client/tool-element';
import { format } from '../../i18n/ui';
import { checkGuid } from '../../lib/validators';
import { normaliseInstallationUrl, checkInstallationUrl } from '../redirect/installation-url';
import { checkRegistration } from './checks';
import type { LiveConfig } from './config';
import { GRAPH_SCOPES } from '../../data/microsoft';
import { GraphError, readRegistration, type GraphFailure, type ReadId } from './graph';
import type { LiveSession } from './live';
import { decodeManifestBytes, readManifest, type DecodedFile, type ManifestError } from './manifest';
import { showReport } from './render';
import type { RegistrationStrings } from './strings';

type S = RegistrationStrings['checker'];
type LiveSettings = LiveConfig & { redirectPath: string };

/** An app manifest is a few KB; anything far larger is the wrong file. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

class RegistrationChecker extends ToolElement<S> {
  #session: LiveSession | null = null;
  #appBinding: FieldBinding<string> | null = null;
  #calendarScoped = false;
  /** The last registration read live, so a changed option re-checks it without asking Graph again. */
  #live: Awaited<ReturnType<typeof readRegistration>> | null = null;

  protected start(): void {
    this.#wireManifest();
    if (this.dataset.live) this.#wireLive(JSON.parse(this.dataset.live) as LiveSettings);
  }

  /** The redirect URI to check against, from the page's installation URL. */
  #redirectUri(): string | null {
    const url = normaliseInstallationUrl(pageState().get('url') ?? '');
    return url.ok ? url.redirectUri : null;
  }

  // --- manifest check -------------------------------------------------------

  #wireManifest(): void {
    const textarea = this.q<HTMLTextAreaElement>('[data-manifest]');
    const file = this.q<HTMLInputElement>('[data-file]');
    // The installation URL is the page-wide value the redirect URI tool also edits.
    bindField({
      control: this.q<HTMLInputElement>('[data-url]'),
      key: 'url',
      check: checkInstallationUrl,
      message: this.q<HTMLElement>('[data-url-message]'),
      text: this.validationText,
      optional: true,
      onChange: () => this.#checkManifest(textarea.value, false),
    });

    textarea.addEventListener('input', () => this.#checkManifest(textarea.value, true));

    // Least privilege: Calendars.ReadWrite scoped in Exchange (page value calscope=1).
    bindFlag(
      this.q<HTMLInputElement>('[data-calendar-scoped]'),
      'calscope',
      (on) => {
        this.#calendarScoped = on;
        if (textarea.value.trim() !== '') this.#checkManifest(textarea.value, false);
        this.#renderLive();
      },
      { message: this.q<HTMLElement>('[data-calendar-scoped-message]'), text: this.validationText },
    );

    const load = async (f: File) => {
      if (f.size > MAX_FILE_BYTES) {
        this.#manifestError(format(this.strings.fileTooLarge, { name: f.name, size: Math.round(f.size / 1024) }));
        return;
      }
      let decoded: DecodedFile;
      try {
        decoded = decodeManifestBytes(new Uint8Array(await f.arrayBuffer()));
      } catch {
        this.#manifestError(format(this.strings.fileUnreadable, { name: f.name }));
        return;
      }
      if (!decoded.ok) {
        // Not read with U+FFFD in place of the bad bytes: the user is told which byte.
        this.#manifestError(format(this.strings.fileNotUtf8, { name: f.name, offset: decoded.offset }));
        return;
      }
      textarea.value = decoded.text;
      this.say(format(this.strings.fileRead, { name: f.name }));
      this.#checkManifest(textarea.value, true);
    };
    wireFileDrop(textarea, file, (f) => void load(f));
  }

  #manifestError(text: string): void {
    const message = this.q<HTMLElement>('[data-manifest-message]');
    const textarea = this.q<HTMLTextAreaElement>('[data-manifest]');
    message.id ||= `${textarea.id}-message`;
    showMessage(textarea, message, text ? 'error' : '', text);
    if (text) {
      this.q<HTMLElement>('[data-manifest-result]').replaceChildren();
      this.say(text);
    }
  }

  #errorText(error: ManifestError): string {
    if (error.kind === 'onlyPermissions') return this.strings.onlyPermissions;
    if (error.kind === 'notManifest') return this.strings.notManifest;
    if (error.problem === 'empty') return this.strings.jsonEmpty;
    const what = error.problem === 'unexpectedEnd' ? this.strings.jsonUnexpectedEnd : format(this.strings.jsonUnexpectedChar, { found: error.found });
    return format(this.strings.jsonError, { line: error.line, column: error.column, what });
  }

  /** Check the text; `announce` is false when only the installation URL changed. */
  #checkManifest(text: string, announce: boolean): void {
    const result = this.q<HTMLElement>('[data-manifest-result]');
    if (text.trim() === '') {
      this.#manifestError('');
      result.replaceChildren();
      return;
    }
    let read: ReturnType<typeof readManifest>;
    try {
      read = readManifest(text);
    } catch (error) {
      // Nothing should throw here; if something does, the old report must not stay.
      this.#manifestError(format(this.strings.checkFailed, { detail: error instanceof Error ? error.message : String(error) }));
      return;
    }
    if (!read.ok) {
      this.#manifestError(this.#errorText(read.error));
      return;
    }
    this.#manifestError('');
    const report = checkRegistration(read.registration, { redirectUri: this.#redirectUri(), now: new Date(), calendarScopedInExchange: this.#calendarScoped });
    showReport(result, report, this.strings, this.locale);
    if (!announce) return;
    const messages = [report.errors + report.warnings === 0 ? this.strings.summaryOk : format(this.strings.summaryProblems, { errors: report.errors, warnings: report.warnings })];
    const appId = read.registration.appId;
    const guid = appId ? checkGuid(appId) : null;
    if (guid?.ok) {
      pageState().set('app', guid.value, this);
      messages.push(format(this.strings.appIdFilled, { appId: guid.value }));
    }
    this.say(messages.join(' '));
  }

  // --- live check -----------------------------------------------------------

  #wireLive(config: LiveSettings): void {
    const signIn = this.q<HTMLButtonElement>('[data-sign-in]');
    const again = this.q<HTMLButtonElement>('[data-check-again]');
    const signOut = this.q<HTMLButtonElement>('[data-sign-out]');
    this.#appBinding = bindField({
      control: this.q<HTMLInputElement>('[data-app-id]'),
      key: 'app',
      check: checkGuid,
      message: this.q<HTMLElement>('[data-app-message]'),
      text: this.validationText,
    });
    signIn.addEventListener('click', () => void this.#signInAndCheck(config));
    again.addEventListener('click', () => void this.#runLive(config));
    signOut.addEventListener('click', () => void this.#signOut());
  }

  #appId(): string | null {
    const binding = this.#appBinding!;
    binding.revalidate();
    const r = binding.result();
    if (r?.ok) return r.value;
    this.q<HTMLInputElement>('[data-app-id]').focus();
    return null;
  }

  #status(text: string): void {
    this.q<HTMLElement>('[data-live-status]').textContent = text;
  }

  #liveError(text: string): void {
    const box = this.q<HTMLElement>('[data-live-error]');
    box.textContent = text;
    box.hidden = text === '';
  }

  #setSignedIn(user: string | null): void {
    this.q<HTMLButtonElement>('[data-sign-in]').hidden = user !== null;
    this.q<HTMLButtonElement>('[data-check-again]').hidden = user === null;
    this.q<HTMLButtonElement>('[data-sign-out]').hidden = user === null;
    this.#status(user === null ? '' : format(this.strings.signedInAs, { user }));
  }

  #busy(on: boolean): void {
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-sign-in], [data-check-again], [data-sign-out]')) b.disabled = on;
  }

  async #signInAndCheck(config: LiveSettings): Promise<void> {
    if (this.#appId() === null) return;
    this.#busy(true);
    this.#liveError('');
    try {
      if (!this.#session) {
        this.#status(this.strings.loading);
        const { LiveSession } = await import('./live');
        this.#session = await LiveSession.start(config, new URL(config.redirectPath, location.origin).href);
      }
      this.#status(this.strings.signingIn);
      const user = await this.#session.signIn();
      this.#setSignedIn(user);
      this.say(format(this.strings.signedInAs, { user }));
    } catch (e) {
      this.#status('');
      this.#liveError(this.#signInErrorText(e));
      this.#busy(false);
      return;
    }
    this.#busy(false);
    await this.#runLive(config);
  }

  async #runLive(config: LiveSettings): Promise<void> {
    const appId = this.#appId();
    if (appId === null || !this.#session) return;
    const result = this.q<HTMLElement>('[data-live-result]');
    this.#busy(true);
    this.#liveError('');
    result.replaceChildren();
    this.#live = null;
    this.say(this.strings.reading);
    try {
      const token = await this.#session.token();
      const live = await readRegistration((url, init) => fetch(url, init), token, config.graphBase, appId);
      this.#live = live;
      const report = this.#renderLive()!;
      const messages = [format(this.strings.liveDone, { errors: report.errors, warnings: report.warnings })];
      if (live.servicePrincipalId && checkGuid(live.servicePrincipalId).ok) {
        pageState().set('obj', live.servicePrincipalId, this);
        messages.push(format(this.strings.objectIdFilled, { obj: live.servicePrincipalId }));
      }
      this.say(messages.join(' '));
    } catch (e) {
      const text = e instanceof GraphError ? this.#graphErrorText(e.failure, appId) : this.#signInErrorText(e);
      this.#liveError(text);
      this.say(text);
    } finally {
      this.#busy(false);
    }
  }

  /** Check and show the last live read again (after an option changed); null when there is none. */
  #renderLive(): ReturnType<typeof checkRegistration> | null {
    if (!this.#live) return null;
    const report = checkRegistration(this.#live.registration, { redirectUri: this.#redirectUri(), now: new Date(), grants: this.#live.grants, calendarScopedInExchange: this.#calendarScoped });
    showReport(this.q<HTMLElement>('[data-live-result]'), report, this.strings, this.locale);
    return report;
  }

  async #signOut(): Promise<void> {
    const session = this.#session;
    this.#session = null;
    this.#live = null;
    await session?.signOut();
    this.q<HTMLElement>('[data-live-result]').replaceChildren();
    this.#liveError('');
    this.#setSignedIn(null);
    this.#status(this.strings.signedOut);
    this.say(this.strings.signedOut);
    this.q<HTMLButtonElement>('[data-sign-in]').focus();
  }

  #graphErrorText(f: GraphFailure, appId: string): string {
    const what: Record<ReadId, string> = {
      application: this.strings.whatApplication,
      servicePrincipal: this.strings.whatServicePrincipal,
      appRoleAssignments: this.strings.whatAppRoleAssignments,
      oauth2PermissionGrants: this.strings.whatGrants,
    };
    switch (f.kind) {
      case 'forbidden':
        return format(this.strings.errorForbidden, { what: what[f.read], code: f.code ?? '', scopes: GRAPH_SCOPES.registrationCheck.join(', ') });
      case 'unauthorized':
        return format(this.strings.errorUnauthorized, { code: f.code ?? '' });
      case 'appNotFound':
        return format(this.strings.errorAppNotFound, { appId });
      case 'servicePrincipalNotFound':
        return this.strings.errorSpNotFound;
      case 'network':
        return this.strings.errorNetwork;
      case 'http':
        return format(this.strings.errorHttp, { status: f.status, what: what[f.read], code: f.code ?? '', message: f.message ?? '' }).trim();
    }
  }

  #signInErrorText(e: unknown): string {
    const code = (e as { errorCode?: string }).errorCode ?? '';
    if (code === 'popup_window_error' || code === 'empty_window_error') return this.strings.popupBlocked;
    if (code === 'user_cancelled') return this.strings.signInCancelled;
    const detail = e instanceof Error ? e.message : String(e);
    return format(this.strings.signInFailed, { detail: code && !detail.includes(code) ? `${code}: ${detail}` : detail });
  }
}

if (!customElements.get('ts-registration-checker')) customElements.define('ts-registration-checker', RegistrationChecker);
