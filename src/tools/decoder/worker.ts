/**
 * The decoder's Web Worker: decoding a megabyte of text takes a moment, and the page
 * stays responsive meanwhile, whether the text was typed, pasted or came in a link.
 * Messages: { id, text } in, { id, result } or { id, error } out.
 */
import { decode } from './decode';

self.addEventListener('message', (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  try {
    postMessage({ id, result: decode(text) });
  } catch (error) {
    postMessage({ id, error: String(error) });
  }
});
