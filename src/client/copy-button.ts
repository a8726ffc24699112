/**
 * Copying in a tool: copies a text and announces the result in the tool's live region
 * ("Copied", or the tool's own wording; "Could not copy" where the browser refuses).
 */
import { copyText } from './clipboard';
import { frameOf } from './tool-frame';

/** Copy `value` and announce it in the tool around `from`; `copied` replaces the default "Copied" message. */
export async function copyAndSay(from: Element, value: string, copied?: string): Promise<boolean> {
  const ok = await copyText(value);
  const frame = frameOf(from);
  frame?.say(ok ? (copied ?? frame.strings.copied) : frame.strings.copyFailed);
  return ok;
}

/**
 * A copy button: copies what `text()` returns (nothing while it returns null). The caller
 * enables the button only while there is something to copy.
 */
export function wireCopyButton(button: HTMLButtonElement, text: () => string | null, copied?: () => string): void {
  button.addEventListener('click', () => {
    const value = text();
    if (value !== null) void copyAndSay(button, value, copied?.());
  });
}
