/**
 * Binds a form control to a page-wide value: fills it from the link, validates as
 * the user types, shows the error or warning next to the field (aria-invalid,
 * aria-describedby), and keeps every tool on the page in sync. Invalid values stay
 * in the field and in the link: nothing the user typed is dropped or "fixed".
 */
import { showMessage } from './field-message';
import { pageState } from './page-state';
import { format } from '../i18n/ui';
import { checkFlag, type Check, type MessageId } from '../lib/validators';
import { looksLikeSecretValue } from '../lib/url-state';

export interface FieldBinding<T> {
  /** The last result; null while the field is empty and optional. */
  readonly result: () => Check<T, string> | null;
  /** Re-validate (e.g. when a value this one depends on changed); `showEmpty` also flags an empty required field. */
  readonly revalidate: (showEmpty?: boolean) => void;
}

export interface BindOptions<T> {
  control: HTMLInputElement | HTMLTextAreaElement;
  key: string;
  check: (raw: string) => Check<T, string>;
  /** Element whose text shows the error or warning; it gets an id if it has none. */
  message: HTMLElement;
  /** Translate a message id (tools pass their own dictionary). */
  text: (id: MessageId | string) => string;
  /** Empty is allowed (no error shown). */
  optional?: boolean;
  /** Called after every change and at start. */
  onChange?: (result: Check<T, string> | null) => void;
}

/**
 * A value longer than this (a pasted list of a hundred thousand mailboxes) is taken up
 * once typing pauses for PAUSE_MS (or twice as long as the browser took to show the last
 * key, if that is longer), not on every key: the field itself shows each key at
 * once, and the check, the page value and every tool that uses it follow the pause with
 * all that was typed. Shorter values are taken up on every key, as before.
 */
export const LARGE_VALUE = 65_536;
export const PAUSE_MS = 300;
/** The longest pause waited for on a slow machine. */
export const MAX_PAUSE_MS = 1500;

export function bindField<T>(opts: BindOptions<T>): FieldBinding<T> {
  const { control, key, check, message, text } = opts;
  const state = pageState();
  // Lets tests and support tooling find the control that a link key fills.
  control.dataset.linkKey = key;
  let result: Check<T, string> | null = null;

  const render = (showEmptyError: boolean) => {
    const raw = control.value;
    if (raw.trim() === '' && (opts.optional || !showEmptyError)) {
      result = null;
    } else if (looksLikeSecretValue(raw)) {
      // Never kept in the page values (see PageState.set), so never in the address bar or a link.
      result = { ok: false, error: 'secretValue' };
    } else {
      result = check(raw);
    }
    const problem = result && !result.ok ? result.error : null;
    const warning = result && result.ok && result.warnings.length ? result.warnings[0] : null;
    // An error may name what it found (e.g. the character to remove): {placeholders} come with it.
    const params = result && !result.ok ? (result.params ?? {}) : {};
    showMessage(control, message, problem ? 'error' : warning ? 'warning' : '', problem ? format(text(problem), params) : warning ? text(warning) : '');
    opts.onChange?.(result);
  };

  const fromState = state.get(key);
  if (fromState !== undefined) control.value = fromState;
  // A value from a link is validated at once; an empty required field only once touched.
  let touched = fromState !== undefined;
  render(touched);

  // A value waiting to be taken up: waiting for the frame that shows the key, then for the pause.
  let waiting = false;
  let frame = 0;
  let pause: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    waiting = false;
    cancelAnimationFrame(frame);
    clearTimeout(pause);
  };
  const take = () => {
    cancel();
    touched = true;
    state.set(key, looksLikeSecretValue(control.value) ? '' : control.value, control);
    render(true);
  };
  control.addEventListener('input', (event) => {
    cancel();
    if (control.value.length <= LARGE_VALUE) return take();
    // The pause counts from when the browser has shown the key (its next frame), not from
    // the key: editing a huge text takes the browser a while, and a pause counted from the
    // key would end before the next key came, taking the value up between keys. Until then
    // only the field itself changes: nothing is checked, written or re-rendered.
    // And a pause is longer than the browser's own time for a key (a slow machine shows
    // each key later, and the next one comes later too).
    waiting = true;
    const typed = performance.now();
    frame = requestAnimationFrame(() => {
      // A task after the frame: its layout and paint are done.
      pause = setTimeout(() => {
        // A paste or drop is one change, not a key among others: the usual pause follows it.
        const paste = event instanceof InputEvent && /^insertFrom(Paste|Drop)/.test(event.inputType);
        pause = setTimeout(take, paste ? PAUSE_MS : Math.min(MAX_PAUSE_MS, Math.max(PAUSE_MS, 2 * (performance.now() - typed))));
      }, 0);
    });
  });
  control.addEventListener('blur', () => {
    if (waiting) return take();
    touched = true;
    render(true);
  });
  state.watch([key], (change) => {
    if (change.origin === control) return;
    // A value set elsewhere (another tool, a pasted link) is newer than a pending one.
    cancel();
    control.value = change.value;
    render(touched || change.value !== '');
  });

  return { result: () => result, revalidate: (showEmpty = touched || control.value !== '') => render(showEmpty) };
}

export interface FlagOptions {
  /** Where to say that a link carried a value that is neither on nor off. */
  message?: HTMLElement;
  /** Translate a message id (tools pass their own dictionary; `flagValue` gets {value}). */
  text?: (id: MessageId | string) => string;
}

/**
 * Binds a checkbox to a "1"/"0" page value. A link value that is neither (e.g. "maybe")
 * leaves the box as it is and, with `options.message`, shows the error next to it until
 * the user decides; the value stays in the link until then.
 */
export function bindFlag(control: HTMLInputElement, key: string, onChange?: (on: boolean) => void, options: FlagOptions = {}): void {
  const state = pageState();
  control.dataset.linkKey = key;
  const apply = (raw: string | undefined) => {
    if (raw === undefined || raw === '') {
      if (options.message) showMessage(control, options.message, '', '');
      return;
    }
    const r = checkFlag(raw);
    if (r.ok) control.checked = r.value;
    if (options.message) {
      const text = options.text ? format(options.text('flagValue'), { value: raw }) : '';
      showMessage(control, options.message, r.ok ? '' : 'error', r.ok ? '' : text);
    }
  };
  apply(state.get(key));
  onChange?.(control.checked);
  control.addEventListener('change', () => {
    state.set(key, control.checked ? '1' : '0', control);
    if (options.message) showMessage(control, options.message, '', '');
    onChange?.(control.checked);
  });
  state.watch([key], (change) => {
    if (change.origin === control) return;
    apply(change.value);
    onChange?.(control.checked);
  });
}
