/**
 * The checker's Web Worker: checking a large web.xml takes a while, and the page
 * must stay responsive meanwhile. Messages: { id, input } in, { id, analysis } out.
 */
import { analyse, type Analysis, type AnalyseInput } from './analyse';

/**
 * The worker starts while the user pastes or picks a file. It checks a small made-up
 * file at once, so that the user's first check runs code the engine has already
 * compiled and is as fast as the next ones.
 */
function warmUp(): void {
  const servlets = Array.from({ length: 300 }, (_, i) => `  <servlet>\n    <servlet-name>s${i}</servlet-name>\n    <servlet-class>example.S${i}</servlet-class>\n  </servlet>`);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">\n${servlets.join('\n')}\n</web-app>\n`;
  analyse({ text, installationUrl: 'https://example.teamspace.de' });
}
warmUp();

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
