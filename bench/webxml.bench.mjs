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
  const workerChunk = assets.find((f) => /^worker-.*\.js$/.test(f));

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

  // Responsiveness: the page's own tool checks 5 MB (in its worker) while we watch frames.
  const big = inputs[2][1];
  const watch = async (run) =>
    page.evaluate(
      async ({ run, text, chunk, url, worker }) => {
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
          const tool = document.querySelector('ts-webxml-checker');
          const area = tool.querySelector('[data-xml]');
          area.value = text;
          const summary = tool.querySelector('[data-summary]');
          summary.textContent = '';
          tool.querySelector('[data-check]').click();
          await new Promise((resolve) => {
            const poll = () => (summary.textContent ? resolve() : setTimeout(poll, 5));
            poll();
          });
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
        await new Promise((r) => requestAnimationFrame(r));
        watching = false;
        return { longest, total };
      },
      { run, text: big, chunk: analyseChunk, url: URL, worker: workerChunk },
    );
  const worker = await watch('worker');
  rows.push({ group: 'webxml', name: 'check 5 MB in the worker, round trip', value: worker.total, unit: 'ms' });
  rows.push({ group: 'webxml', name: 'longest frame gap meanwhile (worker)', value: worker.longest, unit: 'ms', target: '≤ 100' });
  const tool = await watch('tool');
  rows.push({ group: 'webxml', name: 'tool page: paste 5 MB, check, findings shown', value: tool.total, unit: 'ms' });
  rows.push({ group: 'webxml', name: 'longest frame gap meanwhile (tool page)', value: tool.longest, unit: 'ms', note: 'includes rendering the 5 MB result text' });
  const main = await watch('main');
  rows.push({ group: 'webxml', name: 'longest frame gap, same check on the main thread', value: main.longest, unit: 'ms', note: 'for comparison: what the worker avoids' });
  await page.close();
  return rows;
}
