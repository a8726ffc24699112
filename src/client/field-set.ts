/**
 * A tool's fields by name: each is bound to its page value (bindField, with the link key
 * it fills) or, with no key, checked and shown the same way but kept in this tool and out
 * of the link. The tool asks by name (`value('url')`, `invalid('mailboxes')`), never by
 * position, and renders once every field is bound (bindField reports a value from the
 * link while it binds; those reports wait until the set is complete).
 */
import { bindField, type FieldBinding } from './bind-field';
import { showMessage } from './field-message';
import type { Check } from '../lib/validators';

export interface FieldSpec {
  /** The link key the field fills; null: the tool's own value, never in the link. */
  key: string | null;
  check: (raw: string) => Check<unknown, string>;
  /** Empty is allowed (no error shown). */
  optional: boolean;
}

export interface FieldSetOptions<N extends string> {
  control: (name: N) => HTMLInputElement;
  message: (name: N) => HTMLElement;
  /** Translate a message id. */
  text: (id: string) => string;
  /** Called after every change of any field, once all are bound. */
  onChange: () => void;
}

export interface FieldSet<N extends string> {
  readonly names: readonly N[];
  control(name: N): HTMLInputElement;
  /** The last result; null while the field is empty and optional (or not checked yet). */
  result(name: N): Check<unknown, string> | null;
  /** The checked value, or null while the field is empty or invalid. */
  value<T>(name: N): T | null;
  /** Filled and invalid. */
  invalid(name: N): boolean;
  /** Check again; `showEmpty` also flags the field when it is empty and needed. */
  revalidate(name: N, showEmpty?: boolean): void;
  /**
   * Before copy or download of an incomplete result: check every field again (those for
   * which `flagEmpty` holds also when empty), let the tool render, and return the first
   * field for which `wrong` holds, to move the focus there; null when none.
   */
  firstToFix(flagEmpty: (name: N) => boolean, wrong: (name: N) => boolean, render: () => void): HTMLInputElement | null;
}

export function bindFieldSet<N extends string>(specs: Record<N, FieldSpec>, opts: FieldSetOptions<N>): FieldSet<N> {
  const names = Object.keys(specs) as N[];
  let bound = false;
  const onChange = () => {
    if (bound) opts.onChange();
  };
  const fields = new Map<N, { control: HTMLInputElement; binding: FieldBinding<unknown> }>();
  for (const name of names) {
    const { key, check, optional } = specs[name];
    const control = opts.control(name);
    const message = opts.message(name);
    const binding = key
      ? bindField<unknown>({ control, key, check, message, text: opts.text, optional, onChange })
      : bindOwnField(control, message, check, optional, opts.text, onChange);
    fields.set(name, { control, binding });
  }
  bound = true;
  const result = (name: N) => fields.get(name)!.binding.result();
  return {
    names,
    control: (name) => fields.get(name)!.control,
    result,
    value: <T,>(name: N) => {
      const r = result(name);
      return r && r.ok ? (r.value as T) : null;
    },
    invalid: (name) => {
      const r = result(name);
      return !!r && !r.ok;
    },
    revalidate: (name, showEmpty) => fields.get(name)!.binding.revalidate(showEmpty),
    firstToFix: (flagEmpty, wrong, render) => {
      for (const name of names) fields.get(name)!.binding.revalidate(flagEmpty(name));
      render();
      const first = names.find(wrong);
      return first ? fields.get(first)!.control : null;
    },
  };
}

/** A value of this tool only: checked on input and blur, its message shown like a page value's. */
function bindOwnField(
  control: HTMLInputElement,
  message: HTMLElement,
  check: (raw: string) => Check<unknown, string>,
  optional: boolean,
  text: (id: string) => string,
  onChange: () => void,
): FieldBinding<unknown> {
  let last: Check<unknown, string> | null = null;
  let touched = false;
  const run = (showEmpty: boolean) => {
    const raw = control.value;
    last = raw.trim() === '' && (optional || !showEmpty) ? null : check(raw);
    showMessage(control, message, last && !last.ok ? 'error' : '', last && !last.ok ? text(last.error) : '');
    onChange();
  };
  const edited = () => {
    touched = true;
    run(true);
  };
  control.addEventListener('input', edited);
  control.addEventListener('blur', edited);
  return { result: () => last, revalidate: (showEmpty = touched || control.value !== '') => run(showEmpty) };
}
