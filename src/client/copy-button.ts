/**
 * A copy button inside a tool: copies what `text()` returns and announces the result
 * in the tool's live region. The caller enables it only while there is something to copy.
 */
import { copyText } from './clipboard';
import type { ToolFrame } from './tool-frame';

/** The frame (live region, shared strings) around an element. */
export function frameOf(el: Element): ToolFrame | null {
  return el.closest<ToolFrame>('ts-tool-frame');
}

export function wireCopyButton(button: HTMLButtonElement, text: () => string | null): void {
  button.addEventListener('click', async () => {
    const value = text();
    if (value === null) return;
    const ok = await copyText(value);
    const frame = frameOf(button);
    frame?.say(ok ? frame.strings.copied : frame.strings.copyFailed);
  });
}
