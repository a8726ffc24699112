/**
 * <ts-your-values>: the compact summary of the page values on every guide page. A value
 * that fails its link-key schema is marked; the schemas (Zod) load only once a value is
 * set, so a page opened without values does not load a validator for the box.
 */
import { announce } from './announce';
import { copyText } from './clipboard';
import { pageState } from './page-state';
import { format, plural } from '../i18n/ui';
import { CORE_KEYS, type YourValuesStrings } from '../components/your-values-strings';

/** Longer values (a pasted list of mailboxes) are shown shortened; the fields hold them whole. */
const SHOWN = 120;

type Validity = (key: string, value: string) => boolean;

class YourValues extends HTMLElement {
  #s!: YourValuesStrings;
  /** isValidLinkValue, once loaded; null before. */
  #valid: Validity | null = null;
  #loading = false;

  /** Load the link-key schemas (once) and show the values again with their validity. */
  #loadSchemas(): void {
    if (this.#loading) return;
    this.#loading = true;
    void import('../lib/link-keys').then((m) => {
      this.#valid = m.isValidLinkValue;
      this.#render();
    });
  }

  connectedCallback(): void {
    if (this.#s) return;
    this.#s = JSON.parse(this.dataset.strings ?? '{}') as YourValuesStrings;
    const state = pageState();
    const status = this.querySelector<HTMLElement>('[data-announce]');
    let scheduled = false;
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        this.#render();
      });
    };
    state.watch(null, () => {
      schedule();
      // A stale "copied" message no longer describes the link once a value changes.
      if (status) status.textContent = '';
    });
    this.querySelector('[data-copy-setup]')?.addEventListener('click', async () => {
      const ok = await copyText(state.link(this.dataset.setup));
      announce(status, ok ? this.#s.setupCopied : this.#s.copyFailed);
    });
    this.querySelector('[data-forget]')?.addEventListener('click', () => {
      state.forget();
      announce(status, this.#s.forgotten);
      // The button is disabled once nothing is left to forget: keep the keyboard focus in the box.
      this.querySelector<HTMLElement>('summary')?.focus();
    });
    this.#render();
    this.hidden = false;
  }

  #render(): void {
    const state = pageState();
    const s = this.#s;
    let set = 0;
    for (const row of this.querySelectorAll<HTMLElement>('[data-row]')) {
      const key = row.dataset.row!;
      const raw = state.get(key);
      const code = row.querySelector<HTMLElement>('[data-value]')!;
      const unset = row.querySelector<HTMLElement>('[data-unset]')!;
      const where = row.querySelector<HTMLAnchorElement>('[data-where]')!;
      const has = raw !== undefined && raw !== '';
      if (has) set++;
      const invalid = has && this.#valid !== null && !this.#valid(key, raw);
      const shown = !has ? '' : ['smtp', 'sendas', 'verify'].includes(key) ? (raw === '1' ? s.on : s.off) : raw.length > SHOWN ? `${raw.slice(0, SHOWN)}…` : raw;
      code.textContent = invalid ? `${shown} ${s.invalid}` : shown;
      code.dataset.kind = invalid ? 'error' : '';
      code.hidden = !has;
      unset.hidden = has;
      where.textContent = has ? where.dataset.change! : where.dataset.enter!;
      row.hidden = !has && !CORE.has(key);
    }
    const summary = this.querySelector<HTMLElement>('[data-summary]')!;
    summary.textContent = set === 0 ? s.none : plural(s.count, set, document.documentElement.lang || 'en');
    const forget = this.querySelector<HTMLButtonElement>('[data-forget]')!;
    forget.disabled = set === 0;
    if (set > 0 && !this.#valid) this.#loadSchemas();
  }
}

const CORE: ReadonlySet<string> = new Set(CORE_KEYS);

if (!customElements.get('ts-your-values')) customElements.define('ts-your-values', YourValues);
