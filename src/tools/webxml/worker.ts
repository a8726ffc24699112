/**
 * The checker's Web Worker: checking a large web.xml takes a while, and the page
 * must stay responsive meanwhile. Messages: { id, input } in, { id, analysis } out.
 */
import { analyse, type Analysis, type AnalyseInput } from './analyse';

self.addEventListener('message', (event: MessageEvent<{ id: number; input: AnalyseInput }>) => {
  const { id, input } = event.data;
  try {
    const analysis = analyse(input);
    // Pasted text is not copied back (the page has it, and reads `text` only for files);
    // the corrected bytes are handed over, not copied.
    const reply: Analysis = input.bytes ? analysis : { ...analysis, text: null };
    postMessage({ id, analysis: reply }, { transfer: analysis.fixed ? [analysis.fixed.bytes.buffer as ArrayBuffer] : [] });
  } catch (error) {
    postMessage({ id, error: String(error) });
  }
});
