/**
 * The checker's Web Worker: checking a large web.xml takes a while, and the page
 * must stay responsive meanwhile. Messages: { id, input } in, { id, analysis } out.
 */
import { analyse, type AnalyseInput } from './analyse';

self.addEventListener('message', (event: MessageEvent<{ id: number; input: AnalyseInput }>) => {
  const { id, input } = event.data;
  try {
    const analysis = analyse(input);
    // The corrected bytes are handed over, not copied.
    postMessage({ id, analysis }, { transfer: analysis.fixed ? [analysis.fixed.bytes.buffer as ArrayBuffer] : [] });
  } catch (error) {
    postMessage({ id, error: String(error) });
  }
});
