/**
 * Copying in a tool: copies a text, shows the result next to the button that was pressed
 * and announces it in the tool's live region ("Copied", or the tool's own wording; "Could
 * not copy" where the browser refuses). The note clears when the tool's input changes.
 */
import { copyText } from './clipboard';
import { frameOf } from './tool-frame';

/**
 * What a copy button copies, so the two look different: 'value', something to paste
 * into Entra, PowerShell or a file (an ID, a redirect URI, a script, JSON); 'link', a
 * link to open or send (the page's "Copy link", the admin-consent link).
 */
export type CopyKind = 'value' | 'link';

export interface CopyOptions {
  /** The message after copying; the default is "Copied to the clipboard." */
  copied?: () => string;
  /** Default 'value'. */
  kind?: CopyKind;
}

/** Copy `value` and say so at `from` (a button: the note appears next to it) and in its tool's live region; `copied` replaces "Copied". */
export async function copyAndSay(from: Element, value: string, copied?: string): Promise<boolean> {
  const ok = await copyText(value);
  const frame = frameOf(from);
  frame?.say(ok ? (copied ?? frame.strings.copied) : frame.strings.copyFailed, { at: from instanceof HTMLButtonElement ? from : undefined, failed: !ok });
  return ok;
}

/** Give a copy button the look of its kind (icon and variant class). */
export function markCopyButton(button: HTMLButtonElement, kind: CopyKind = 'value'): void {
  button.classList.remove('ts-button--copy-value', 'ts-button--copy-link');
  button.classList.add(`ts-button--copy-${kind}`);
}

/**
 * A copy button: copies what `text()` returns (nothing while it returns null). The caller
 * enables the button only while there is something to copy. The third argument is the
 * options, or (as before) just the function that gives the message.
 */
export function wireCopyButton(button: HTMLButtonElement, text: () => string | null, options?: CopyOptions | (() => string)): void {
  const { copied, kind } = typeof options === 'function' ? { copied: options, kind: undefined } : (options ?? {});
  markCopyButton(button, kind);
  button.addEventListener('click', () => {
    const value = text();
    if (value !== null) void copyAndSay(button, value, copied?.());
  });
}
