/** Offering files: made in the page (nothing is uploaded) and announced in the tool. */
import { format } from '../i18n/ui';
import { frameOf } from './tool-frame';

/** Offer bytes or text as a file download. */
export function downloadFile(name: string, data: BlobPart | BlobPart[], type: string): void {
  const blob = new Blob(Array.isArray(data) ? data : [data], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Offer a file and announce it in the tool around `from`: "Download started: {name}", or
 * the tool's own `said` ({name} filled in). With the button pressed as `from`, the message
 * is shown next to it.
 */
export function downloadAndSay(from: Element, name: string, data: BlobPart | BlobPart[], type: string, said?: string): void {
  downloadFile(name, data, type);
  const frame = frameOf(from);
  frame?.say(format(said ?? frame.strings.downloaded, { name }), { at: from instanceof HTMLButtonElement ? from : undefined });
}
