/**
 * A field's message: shows or clears the error or warning next to a control and keeps
 * aria-invalid (errors only) and aria-describedby in step, so a screen reader reads
 * the message with the field. Every tool shows field messages this way.
 */
/** '' clears the message; 'info' is a plain note (e.g. which file was read). */
export type MessageKind = 'error' | 'warning' | 'info' | '';

let counter = 0;

function describe(control: HTMLElement, id: string, on: boolean): void {
  const ids = new Set((control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
  if (on) ids.add(id);
  else ids.delete(id);
  if (ids.size) control.setAttribute('aria-describedby', [...ids].join(' '));
  else control.removeAttribute('aria-describedby');
}

/** Show `text` as a message of `kind` under `control`, or clear it (kind ''). */
export function showMessage(control: HTMLElement, message: HTMLElement, kind: MessageKind, text: string): void {
  message.id ||= `ts-msg-${++counter}`;
  if (kind === 'error') control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
  message.textContent = text;
  message.dataset.kind = kind;
  message.hidden = kind === '' || text === '';
  describe(control, message.id, kind !== '' && text !== '');
}
