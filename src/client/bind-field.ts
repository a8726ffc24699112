/**
 * Binds a form control to a page-wide value: fills it from the link, validates as
 * the user types, shows the error or warning next to the field (aria-invalid,
 * aria-describedby), and keeps every tool on the page in sync. Invalid values stay
 * in the field and in the link: nothing the user typed is dropped or "fixed".
 */
import { pageState } from './page-state';
import type { Check, MessageId } from '../lib/validators';

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

let counter = 0;

function describe(control: HTMLElement, id: string, on: boolean): void {
  const ids = new Set((control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
  if (on) ids.add(id);
  else ids.delete(id);
  if (ids.size) control.setAttribute('aria-describedby', [...ids].join(' '));
  else control.removeAttribute('aria-describedby');
}

export function bindField<T>(opts: BindOptions<T>): FieldBinding<T> {
  const { control, key, check, message, text } = opts;
  const state = pageState();
  message.id ||= `ts-msg-${++counter}`;
  let result: Check<T, string> | null = null;

  const render = (showEmptyError: boolean) => {
    const raw = control.value;
    if (raw.trim() === '' && (opts.optional || !showEmptyError)) {
      result = null;
    } else {
      result = check(raw);
    }
    const problem = result && !result.ok ? result.error : null;
    const warning = result && result.ok && result.warnings.length ? result.warnings[0] : null;
    control.toggleAttribute('aria-invalid', problem !== null);
    if (problem) control.setAttribute('aria-invalid', 'true');
    message.textContent = problem ? text(problem) : warning ? text(warning) : '';
    message.dataset.kind = problem ? 'error' : warning ? 'warning' : '';
    message.hidden = !problem && !warning;
    describe(control, message.id, !message.hidden);
    opts.onChange?.(result);
  };

  const fromState = state.get(key);
  if (fromState !== undefined) control.value = fromState;
  // A value from a link is validated at once; an empty required field only once touched.
  render(fromState !== undefined);

  control.addEventListener('input', () => {
    state.set(key, control.value, control);
    render(true);
  });
  control.addEventListener('blur', () => render(true));
  state.watch([key], (change) => {
    if (change.origin === control) return;
    control.value = change.value;
    render(true);
  });

  return { result: () => result, revalidate: (showEmpty = control.value !== '') => render(showEmpty) };
}

/** Binds a checkbox to a "1"/"0" page value. */
export function bindFlag(control: HTMLInputElement, key: string, onChange?: (on: boolean) => void): void {
  const state = pageState();
  const initial = state.get(key);
  if (initial !== undefined) control.checked = initial === '1' || initial.toLowerCase() === 'true';
  onChange?.(control.checked);
  control.addEventListener('change', () => {
    state.set(key, control.checked ? '1' : '0', control);
    onChange?.(control.checked);
  });
  state.watch([key], (change) => {
    if (change.origin === control) return;
    control.checked = change.value === '1';
    onChange?.(control.checked);
  });
}
