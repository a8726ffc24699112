// web.xml checker: time to check Tomcat's conf/web.xml (from the corpus) and generated
// 1 MB and 5 MB files, in Node and in Chromium, against the browser's own DOMParser on
// the same input in the same run; and how responsive the page stays while the tool
// checks 5 MB (longest gap between animation frames, worker vs. main thread).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const TOMCAT = 'tests/fixtures/webxml/apache__tomcat__conf_web.xml';
const URL = 'https://xyc.teamspace.de';

/** Tomcat's conf/web.xml with its servlet ... mime-mapping body repeated up to `size` characters. */
function generate(tomcat, size) {
  const body = tomcat.slice(tomcat.indexOf('<servlet>'), tomcat.lastIndexOf('</web-app>'));
  const end = tomcat.lastIndexOf('</web-app>');
  const copies = Math.max(0, Math.floor((size - tomcat.length) / body.length));
  return tomcat.slice(0, end) + body.repeat(copies) + tomcat.slice(end);
}

export default async function webxml(ctx) {
  const tomcat = readFileSync(join(ctx.root, TOMCAT), 'latin1');
  const inputs = [
    ['Tomcat conf/web.xml (168 KB)', tomcat],
    ['generated 1 MB', generate(tomcat, 1_000_000)],
    ['generated 5 MB', generate(tomcat, 5_000_000)],
  ];
  const rows = [];

  const { analyse } = await ctx.importTs('src/tools/webxml/analyse.ts');
  for (const [name, text] of inputs) {
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const runs = text.length > 2e6 ? 5 : 15;
    const ms = await ctx.time(() => analyse({ bytes, installationUrl: URL }), { runs });
    rows.push({ group: 'webxml', name: `check ${name}, Node`, value: ms, unit: 'ms', target: name.includes('1 MB') ? '≤ 100' : '' });
  }

  const browser = await ctx.browser();
  const page = await browser.newPage();
  await page.goto(`${ctx.baseUrl}/tools/web-xml-checker/`);
  const assets = readdirSync(join(ctx.root, 'dist', '_astro'));
  const analyseChunk = assets.find((f) => /^analyse\..*\.js$/.test(f));
  // The web.xml checker's worker: the one worker chunk that holds the checker (the decoder has a worker too).
  const workerChunk = assets.find((f) => /^worker-[^.]*\.js$/.test(f) && readFileSync(join(ctx.root, 'dist', '_astro', f), 'utf8').includes('oauth2Gateway'));
  if (!workerChunk) throw new Error('web.xml worker chunk not found in dist/_astro');

  for (const [name, text] of inputs) {
    const runs = text.length > 2e6 ? 5 : 15;
    const r = await page.evaluate(
      async ({ text, runs, chunk, url }) => {
        const { analyse } = await import(`/_astro/${chunk}`);
        const median = (fn) => {
          fn();
          const samples = [];
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            fn();
            samples.push(performance.now() - t0);
          }
          samples.sort((a, b) => a - b);
          return samples[Math.floor(samples.length / 2)];
        };
        const check = median(() => analyse({ text, installationUrl: url }));
        const dom = median(() => new DOMParser().parseFromString(text, 'application/xml'));
        const findings = analyse({ text, installationUrl: url }).report.findings.map((f) => f.id).join(',');
        return { check, dom, findings };
      },
      { text, runs, chunk: analyseChunk, url: URL },
    );
    rows.push({ group: 'webxml', name: `check ${name}, Chromium`, value: r.check, unit: 'ms', target: name.includes('1 MB') ? '≤ 100' : '', note: r.findings });
    rows.push({ group: 'webxml', name: `DOMParser ${name}, Chromium`, value: r.dom, unit: 'ms' });
    rows.push({ group: 'webxml', name: `ratio checker / DOMParser, ${name}`, value: r.check / r.dom, unit: '×' });
  }

  // Responsiveness: the worker alone, then the tool page as a user meets it. The text is put
  // into the field first and laid out (the browser's work, shown apart); then the clock runs
  // from the click on "Check" to the findings shown, while every animation frame is watched.
  const watch = async (target, run, text) =>
    target.evaluate(
      async ({ run, text, chunk, url, worker }) => {
        const tool = document.querySelector('ts-webxml-checker');
        const area = tool.querySelector('[data-xml]');
        const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        let layout = 0;
        if (run === 'tool') {
          const t = performance.now();
          area.value = text;
          area.dispatchEvent(new Event('input', { bubbles: true }));
          await frames();
          layout = performance.now() - t;
        }
        let longest = 0;
        let last = performance.now();
        let watching = true;
        const frame = (t) => {
          longest = Math.max(longest, t - last);
          last = t;
          if (watching) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
        const t0 = performance.now();
        if (run === 'tool') {
          const summary = tool.querySelector('[data-summary]');
          summary.textContent = '';
          const shown = new Promise((resolve) => {
            const observer = new MutationObserver(() => {
              if (!summary.textContent) return;
              observer.disconnect();
              resolve();
            });
            observer.observe(summary, { childList: true, characterData: true, subtree: true });
          });
          // As a click with the mouse (or Tab and Enter) does, focus moves to the button first:
          // the field with megabytes in it does not keep the caret while the check runs.
          const check = tool.querySelector('[data-check]');
          check.focus();
          check.click();
          await shown;
        } else if (run === 'worker') {
          const w = new Worker(`/_astro/${worker}`, { type: 'module' });
          await new Promise((resolve) => {
            w.onmessage = resolve;
            w.postMessage({ id: 1, input: { text, installationUrl: url } });
          });
          w.terminate();
        } else {
          const { analyse } = await import(`/_astro/${chunk}`);
          await new Promise((r) => requestAnimationFrame(r));
          analyse({ text, installationUrl: url });
        }
        const total = performance.now() - t0;
        await frames();
        watching = false;
        return { longest, total, layout, summary: tool.querySelector('[data-summary]').textContent };
      },
      { run, text, chunk: analyseChunk, url: URL, worker: workerChunk },
    );

  const [, oneMb] = inputs[1];
  const [, big] = inputs[2];
  const worker = await watch(page, 'worker', big);
  rows.push({ group: 'webxml', name: 'check 5 MB in a new worker, round trip', value: worker.total, unit: 'ms', note: 'worker start, copy in and out included' });
  rows.push({ group: 'webxml', name: 'longest frame gap meanwhile (worker)', value: worker.longest, unit: 'ms', target: '≤ 100' });
  const main = await watch(page, 'main', big);
  rows.push({ group: 'webxml', name: 'longest frame gap, same check on the main thread', value: main.longest, unit: 'ms', note: 'for comparison: what the worker avoids' });

  // The tool page, fresh: the user pastes 1 MB and checks, then checks again; then 5 MB.
  const tool = await browser.newPage();
  await tool.goto(`${ctx.baseUrl}/tools/web-xml-checker/`);
  await tool.locator('ts-webxml-checker [data-url]').fill(URL);
  await tool.locator('ts-webxml-checker [data-xml]').focus();
  const first = await watch(tool, 'tool', oneMb);
  const again = [];
  for (let i = 0; i < 5; i++) again.push(await watch(tool, 'tool', oneMb));
  again.sort((a, b) => a.total - b.total);
  const warm = again[Math.floor(again.length / 2)];
  rows.push({ group: 'webxml', name: 'tool page: 1 MB pasted, click to findings shown (first check)', value: first.total, unit: 'ms', target: '≤ 100', note: first.summary });
  rows.push({ group: 'webxml', name: 'tool page: 1 MB, click to findings shown (next checks, median of 5)', value: warm.total, unit: 'ms', target: '≤ 100' });
  rows.push({ group: 'webxml', name: 'longest frame gap while checking 1 MB (tool page)', value: Math.max(first.longest, ...again.map((r) => r.longest)), unit: 'ms', target: '≤ 100' });
  rows.push({ group: 'webxml', name: 'browser lays out 1 MB in the field', value: first.layout, unit: 'ms', note: 'before the click; not our code' });
  const five = await watch(tool, 'tool', big);
  rows.push({ group: 'webxml', name: 'tool page: 5 MB, click to findings shown', value: five.total, unit: 'ms' });
  rows.push({ group: 'webxml', name: 'longest frame gap while checking 5 MB (tool page)', value: five.longest, unit: 'ms', target: '≤ 100' });
  rows.push({ group: 'webxml', name: 'browser lays out 5 MB in the field', value: five.layout, unit: 'ms', note: 'before the click; not our code' });
  await tool.close();
  await page.close();
  return rows;
}
