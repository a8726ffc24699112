/**
 * The checker's Web Worker: checking a large web.xml takes a while, and the page
 * must stay responsive meanwhile. Messages: { id, input } in, { id, output: analysis } or { id, error } out.
 */
import { serveJobs } from '../../client/worker-serve';
import { analyse, type Analysis, type AnalyseInput } from './analyse';

/**
 * The worker starts once the tool is on screen and the page is idle, or when the user
 * turns to the tool. It checks made-up files meanwhile, one per task, so that the
 * user's first check runs code the engine has already optimised, in a heap already
 * grown to the size a large file needs, and is as fast as the next ones. A real check
 * ends the warm-up: it never waits for more than the one warm-up run under way.
 */
const WARM_UP_RUNS = 6;
let checked = false;

function warmUp(run: number): void {
  if (checked || run >= WARM_UP_RUNS) return;
  // Each run larger than the last (about 30 KB to 300 KB): the shapes of a real file,
  // with a missing gateway parameter, so the fix and the change table are made too.
  const servlets = Array.from({ length: 300 * (run + 1) }, (_, i) => `  <servlet>\n    <servlet-name>s${i}</servlet-name>\n    <servlet-class>example.S${i}</servlet-class>\n  </servlet>`);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">\n${servlets.join('\n')}\n</web-app>\n`;
  analyse({ text, installationUrl: 'https://example.teamspace.de' });
  setTimeout(() => warmUp(run + 1), 0);
}
warmUp(0);

serveJobs(
  (input: AnalyseInput): Analysis => {
    checked = true;
    const analysis = analyse(input);
    // Pasted text is not copied back (the page has it, and reads `text` only for files).
    return input.bytes ? analysis : { ...analysis, text: null };
  },
  // The corrected bytes are handed over, not copied.
  (analysis) => (analysis.fixed ? [analysis.fixed.bytes.buffer as ArrayBuffer] : []),
);
