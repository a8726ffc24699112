/**
 * The layout gate's own test: each of its checks (tests/e2e/support/layout-checks.ts)
 * fails on a page made to break it, names the element, and stays quiet on the same
 * page made right, and on what is allowed (a code block that scrolls, a word that
 * breaks after its hyphen, inline text on shared lines).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { measureLayout, type LayoutProblem } from './support/layout-checks';

async function measure(page: Page, body: string, width = 360): Promise<LayoutProblem[]> {
  await page.setViewportSize({ width, height: 800 });
  await page.setContent(`<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><style>
    body { margin: 0; font: 16px/1.5 sans-serif; } main { padding: 8px; } table { border-collapse: collapse; } td, th { padding: 4px; }
  </style></head><body><main>${body}</main></body></html>`);
  return page.evaluate(measureLayout, { scope: 'main' });
}

const checks = (problems: LayoutProblem[]) => problems.map((p) => p.check);

test.describe('horizontal overflow', () => {
  test('a page wider than the viewport fails, named by what sticks out', async ({ page }) => {
    const problems = await measure(page, '<section class="ts-tool" id="fx"><div id="too-wide" style="width:600px">wide</div></section>');
    expect(checks(problems)).toContain('page-overflow');
    const p = problems.find((x) => x.check === 'page-overflow')!;
    expect(p.element).toContain('div#too-wide');
    expect(p.element).toContain('(in tool #fx)');
    expect(p.detail).toMatch(/page is \d+px wide in a 360px viewport/);
  });

  test('content wider than its box inside a tool fails, and so does content cut off', async ({ page }) => {
    const problems = await measure(
      page,
      `<section class="ts-tool" id="fx">
         <div id="box" style="width:200px"><p id="long" style="width:300px">sticks out</p></div>
         <div id="cut" style="width:200px; overflow:hidden"><span style="white-space:nowrap">${'cut off '.repeat(10)}</span></div>
       </section>`,
    );
    const over = problems.filter((p) => p.check === 'overflow');
    expect(over).toHaveLength(2);
    expect(over[0].element).toContain('section#fx.ts-tool > div#box');
    expect(over[0].element).toContain('(in tool #fx)');
    expect(over[0].detail).toContain('sticks out: section#fx.ts-tool > div#box > p#long');
    expect(over[1].element).toContain('div#cut');
    expect(over[1].detail).toContain('overflow-x: hidden');
  });

  test('the same page made right passes; a code block that scrolls and a long field value are allowed', async ({ page }) => {
    const problems = await measure(
      page,
      `<section class="ts-tool" id="fx">
         <div style="max-width:200px"><p style="max-width:100%">fits</p></div>
         <pre style="overflow:auto; width:200px"><code>${'Add-MailboxPermission -Identity info@contoso.com '.repeat(3)}</code></pre>
         <input style="width:150px" value="${'https://xyc.teamspace.de/'.repeat(4)}">
       </section>`,
    );
    expect(problems).toEqual([]);
  });
});

test.describe('table cells narrower than their longest word', () => {
  test('a word broken inside a cell fails, with the word and the cell named', async ({ page }) => {
    const problems = await measure(
      page,
      `<table id="perm" style="width:140px"><tr><th>Permission</th><td style="overflow-wrap:anywhere">IMAP.AccessAsApp</td></tr></table>`,
    );
    expect(checks(problems)).toEqual(['cell-word']);
    expect(problems[0].element).toContain('table#perm');
    expect(problems[0].detail).toMatch(/"IMAP\.AccessAsApp" breaks across [2-9] lines/);
  });

  test('a word that sticks out of a fixed-width cell fails', async ({ page }) => {
    const problems = await measure(
      page,
      `<table style="table-layout:fixed; width:160px"><tr><td style="width:60px">Anwendungsberechtigung</td><td>x</td></tr></table>`,
    );
    expect(checks(problems)).toEqual(['cell-word']);
    expect(problems[0].detail).toMatch(/"Anwendungsberechtigung" .*(sticks out|wide)|content \d+px wide/);
  });

  test('cells wide enough pass, and a word may break after its hyphen', async ({ page }) => {
    const problems = await measure(
      page,
      `<table style="width:320px"><tr><th>Permission</th><td>IMAP.AccessAsApp</td></tr></table>
       <table style="width:60px"><tr><td>Set-CASMailbox</td></tr></table>`,
    );
    expect(problems).toEqual([]);
  });

  test('column heads clipped for screen readers only and code lines that wrap by design are not words of a cell; a normal cell beside them still is', async ({ page }) => {
    const problems = await measure(
      page,
      `<table id="cards" style="width:200px">
         <thead style="position:absolute; inline-size:1px; block-size:1px; overflow:hidden; clip-path:inset(50%); white-space:nowrap"><tr><th>Berechtigung</th><th>Ressource</th></tr></thead>
         <tbody><tr><td style="white-space:pre-wrap; overflow-wrap:anywhere">&lt;param-value&gt;https://xyc.teamspace.de/api/server/oauth2/redirect&lt;/param-value&gt;</td></tr></tbody>
       </table>
       <table id="broken" style="width:90px"><tr><td style="overflow-wrap:anywhere">Anwendungsberechtigung</td></tr></table>`,
    );
    expect(checks(problems)).toEqual(['cell-word']);
    expect(problems[0].element).toContain('table#broken');
  });
});

test.describe('overlapping text', () => {
  test('sibling text boxes that intersect fail, both named', async ({ page }) => {
    const problems = await measure(
      page,
      `<section class="ts-tool" id="fx"><div style="position:relative">
         <p id="one">Copy link</p><p id="two" style="position:absolute; top:0; left:20px">Copied to the clipboard</p>
       </div></section>`,
    );
    expect(checks(problems)).toEqual(['overlap']);
    expect(problems[0].element).toContain('p#one');
    expect(problems[0].element).toContain('p#two');
  });

  test('a negative margin that pulls a block onto the text above fails', async ({ page }) => {
    const problems = await measure(page, `<div><h3 id="title">Result</h3><p id="pulled" style="margin-top:-2.5em">No problems found.</p></div>`);
    expect(checks(problems)).toEqual(['overlap']);
  });

  test('blocks in flow and inline text on shared lines pass', async ({ page }) => {
    const problems = await measure(
      page,
      `<div><h3>Result</h3><p>Use <code>Set-CASMailbox</code> and <a href="#x">the guide</a> with <code>IMAP.AccessAsApp</code> on two lines of text.</p>
       <ul><li>one</li><li>two</li></ul></div>`,
    );
    expect(problems).toEqual([]);
  });
});

test('text that sticks out of its box fails; an invisible touch area and a screen-reader label do not', async ({ page }) => {
  const bad = await measure(page, `<p id="word" style="width:120px; overflow-wrap:normal">Anwendungsberechtigungen</p>`);
  expect(checks(bad)).toEqual(['overflow']);
  expect(bad[0].element).toContain('p#word');
  const ok = await measure(
    page,
    `<style>.touch { position: relative; } .touch::after { content: ''; position: absolute; inset: -0.5rem -2rem; }</style>
     <div id="heading" style="width:80px"><a class="touch" href="#h">Heading</a><span style="position:absolute; width:1px; height:1px; overflow:hidden; clip-path:inset(50%); white-space:nowrap">Section titled “a long label for screen readers”</span></div>`,
  );
  // The touch area widens the box (so the measurement does see it) but shows nothing.
  expect(await page.locator('#heading').evaluate((e) => e.scrollWidth > e.clientWidth + 1)).toBe(true);
  expect(ok).toEqual([]);
});
