/**
 * The web.xml checker in the built site: paste, pick and drop a file, findings
 * announced, download equal to the result shown, prefilled installation URL, both
 * locales, the worker really used, axe clean with findings shown.
 */
import { readFileSync } from 'node:fs';
import { test, expect, expectAxeClean } from './fixtures';
import type { Page } from '@playwright/test';

// Several checks, a download and axe per test: allow for a slow shared machine.
test.describe.configure({ timeout: 180_000 });

const DIR = 'tests/fixtures/webxml/';
const JENKINS = readFileSync(DIR + 'jenkinsci__jenkins__war_src_main_webapp_WEB-INF_web.xml', 'utf8');
const PETCLINIC = readFileSync(DIR + 'spring-projects__spring-petclinic__src_main_webapp_WEB-INF_web.xml');
const URL = 'https://xyc.teamspace.de';
const TOOL = '#webxml-checker';

function lines(s: string): string[] {
  return s.split(/\r\n|\n|\r/);
}

/** The lines of `after` that are not in `before`, when `after` is `before` plus one inserted block. */
function inserted(before: string, after: string): string[] | null {
  const a = lines(before);
  const b = lines(after);
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return head + tail === a.length ? b.slice(head, b.length - tail) : null;
}

async function open(page: Page, path: string) {
  const workers: string[] = [];
  page.on('request', (r) => {
    if (/worker-[\w-]+\.js$/.test(r.url())) workers.push(r.url());
  });
  await page.goto(path);
  await expect(page.getByRole('button', { name: /check web\.xml|web\.xml prüfen/i })).toBeEnabled();
  return workers;
}

test('paste: findings announced, diff as a table, download equals the result', async ({ page }) => {
  const workers = await open(page, '/tools/web-xml-checker/');
  await page.getByLabel('Installation URL').fill(URL);
  await page.getByLabel('Content of web.xml').fill(JENKINS);
  await page.getByRole('button', { name: 'Check web.xml' }).click();

  const status = page.locator(`${TOOL} [role="status"][data-announce]`);
  await expect(status).toContainText('Check finished: 1 error, 0 warnings. oauth2Gateway.url is missing');
  const findings = page.getByRole('region', { name: 'Findings' }).getByRole('listitem');
  await expect(findings.filter({ hasText: 'Error: oauth2Gateway.url is missing' })).toContainText('Line 26, column 1');
  await expect(page.locator(`${TOOL} [data-redirect-uri]`)).toHaveText(`${URL}/api/server/oauth2/redirect`);
  await expect(page.getByRole('link', { name: 'Check it with the redirect URI checker' })).toHaveAttribute(
    'href',
    `/tools/redirect-uri/#url=${URL}&ruri=${URL}/api/server/oauth2/redirect`,
  );
  expect(workers.length, 'the check ran in the module worker').toBeGreaterThan(0);

  const table = page.getByRole('table', { name: 'Changes to web.xml' });
  await expect(table.getByRole('row').filter({ hasText: '+ added' })).toHaveCount(4);
  await expect(table).toContainText('<param-name>oauth2Gateway.url</param-name>');
  await expect(page.getByRole('region', { name: 'Corrected web.xml' })).toContainText('restart the Tomcat service');

  const result = await page.getByLabel('Corrected web.xml (full text)').inputValue();
  expect(inserted(JENKINS, result)!.map((l) => l.trim())).toEqual([
    '<context-param>',
    '<param-name>oauth2Gateway.url</param-name>',
    `<param-value>${URL}</param-value>`,
    '</context-param>',
  ]);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download corrected web.xml' }).click()]);
  expect(download.suggestedFilename()).toBe('web.xml');
  expect(readFileSync((await download.path())!, 'utf8')).toBe(result);
  await expect(status).toContainText('Download started: web.xml');
  await expectAxeClean(page, TOOL);
});

test('failures, warnings and notes first; the passes fold into one line that opens (keyboard, axe)', async ({ page }) => {
  await open(page, '/tools/web-xml-checker/');
  const findings = page.locator(`${TOOL} [data-findings] > .ts-finding`);
  const fold = page.locator(`${TOOL} details[data-passed]`);
  const severities = () => findings.evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
  // In file order: the version note, a near-miss name (warning), a commented-out copy (note), a slash at the end (error).
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="4.0">',
    '  <context-param><param-name>oauth2gateway.url</param-name><param-value>https://xyc.teamspace.de</param-value></context-param>',
    '  <!-- <context-param><param-name>oauth2Gateway.url</param-name><param-value>x</param-value></context-param> -->',
    '  <context-param><param-name>oauth2Gateway.url</param-name><param-value>https://xyc.teamspace.de/</param-value></context-param>',
    '</web-app>',
  ].join('\n');
  await page.getByLabel('Content of web.xml').fill(xml);
  await page.getByRole('button', { name: 'Check web.xml' }).click();
  const status = page.locator(`${TOOL} [role="status"][data-announce]`);
  await expect(status).toHaveText('Check finished: 1 error, 1 warning. Slash at the end; Almost the right name: "oauth2gateway.url"');
  expect(await severities()).toEqual(['error', 'warning', 'info']);
  await expect(findings.nth(0)).toContainText('Error: Slash at the end');
  await expect(findings.nth(2)).toContainText('Note: oauth2Gateway.url is commented out');
  // "Nothing to do" is no finding to read first: it waits, closed, behind the count.
  await expect(fold).not.toHaveAttribute('open', '');
  await expect(fold.locator('summary')).toHaveText('1 check passed');
  await expect(page.getByText('web-app, servlet version 4.0')).toBeHidden();
  // The folded line is the next stop after the button and opens with Enter.
  await expect(page.getByRole('button', { name: 'Check web.xml' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(fold.locator('summary')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(fold).toHaveAttribute('open', '');
  await expect(fold.locator('.ts-finding')).toHaveText([/^Note: web-app, servlet version 4\.0.*Nothing to do\.$/s]);
  await expectAxeClean(page, TOOL);

  // Corrected: no open list, the passes in the fold, which stays open while checked again.
  const corrected = xml.split('\n').filter((l) => !/oauth2gateway\.url|<!--/.test(l)).join('\n').replace('teamspace.de/<', 'teamspace.de<');
  await page.getByLabel('Content of web.xml').fill(corrected);
  await page.getByRole('button', { name: 'Check web.xml' }).click();
  await expect(page.locator(`${TOOL} [data-summary]`)).toHaveText('No problems found. oauth2Gateway.url is set correctly.');
  await expect(status).toHaveText('Check finished: No problems found. oauth2Gateway.url is set correctly.');
  await expect(page.locator(`${TOOL} [data-findings]`)).toBeHidden();
  await expect(fold.locator('summary')).toHaveText('2 checks passed');
  await expect(fold).toHaveAttribute('open', '');
  expect(await fold.locator('.ts-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')))).toEqual(['info', 'ok']);
  await expect(fold.locator('.ts-finding').nth(1)).toContainText('OK: oauth2Gateway.url is set correctly');
  await expectAxeClean(page, TOOL);
});

/** Words of the table's headers and labels that a line break cuts in two (none may be). */
function brokenWords(table: HTMLTableElement): string[] {
  const broken: string[] = [];
  for (const cell of table.querySelectorAll('th, td:not(:last-child)')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.textContent!.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
}

test('the change table is readable from 360 to 1280 px: whole words, long lines wrap in their cell, the page never scrolls sideways', async ({ page }) => {
  const long = `https://xyc.teamspace.de/${'segment/'.repeat(30)}end`;
  const xml = JENKINS.replace('</context-param>', `</context-param>\n  <context-param>\n    <param-name>oauth2gateway.url</param-name>\n    <param-value>${long}</param-value>\n  </context-param>`);
  for (const [path, label, button, name, words] of [
    ['/tools/web-xml-checker/', 'Content of web.xml', 'Check web.xml', 'Changes to web.xml', ['unchanged', 'removed', 'added', 'Content']],
    ['/de/tools/web-xml-checker/', 'Inhalt der web.xml', 'web.xml prüfen', 'Änderungen an der web.xml', ['unverändert', 'entfernt', 'hinzugefügt', 'Inhalt']],
  ] as const) {
    for (const width of [360, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await open(page, path);
      await page.locator(`${TOOL} [data-url]`).fill(URL);
      await page.getByLabel(label).fill(xml);
      await page.getByRole('button', { name: button }).click();
      const table = page.getByRole('table', { name });
      // The name renamed and the value replaced: two lines removed, two added.
      await expect(table.getByRole('row').filter({ hasText: '−' })).toHaveCount(2);
      await expect(table.getByRole('row').filter({ hasText: '+' })).toHaveCount(2);
      for (const word of words) await expect(table).toContainText(word);
      expect(await table.evaluate(brokenWords), `${path} at ${width} px`).toEqual([]);
      // The long line is shown whole, wrapped inside its cell; neither the box nor the page scrolls.
      const cell = table.getByRole('row').filter({ hasText: '−' }).last().getByRole('cell').last();
      await expect(cell).toContainText(long);
      const box = await page.locator(`${TOOL} [data-diff]`).evaluate((d) => ({ scroll: d.scrollWidth, client: d.clientWidth }));
      expect(box.scroll, `${path} at ${width} px`).toBeLessThanOrEqual(box.client);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px`).toBeLessThanOrEqual(width);
      const cellBox = (await cell.boundingBox())!;
      expect(cellBox.x + cellBox.width).toBeLessThanOrEqual(width);
    }
  }
  await expectAxeClean(page, TOOL);
});

test('a value with the installation URL\'s own path is right; another path is not', async ({ page }) => {
  await open(page, '/tools/web-xml-checker/');
  const crm = 'https://crm.contoso.com/teamspace';
  await page.getByLabel('Installation URL').fill(crm);
  const file = (value: string) => `<web-app version="4.0">\n  <context-param>\n    <param-name>oauth2Gateway.url</param-name>\n    <param-value>${value}</param-value>\n  </context-param>\n</web-app>\n`;
  await page.getByLabel('Content of web.xml').fill(file(crm));
  await page.getByRole('button', { name: 'Check web.xml' }).click();
  await expect(page.locator(`${TOOL} [data-summary]`)).toHaveText('No problems found. oauth2Gateway.url is set correctly.');
  await expect(page.locator(`${TOOL} [data-findings]`)).toBeHidden();
  await expect(page.locator(`${TOOL} [data-redirect-uri]`)).toHaveText(`${crm}/api/server/oauth2/redirect`);
  await expect(page.getByRole('region', { name: 'Corrected web.xml' })).toBeHidden();
  await page.getByLabel('Content of web.xml').fill(file('https://crm.contoso.com/crm'));
  await page.getByRole('button', { name: 'Check web.xml' }).click();
  await expect(page.locator(`${TOOL} [data-findings] > .ts-finding`)).toHaveText([/^Error: Differs from your installation URL/]);
  await expect(page.getByRole('table', { name: 'Changes to web.xml' }).getByRole('row').filter({ hasText: '+ added' })).toContainText(`<param-value>${crm}</param-value>`);
});

test('a new check cancels the running one (worker ended and restarted); a failed check clears the old result', async ({ page }) => {
  // The first worker stands for a check that takes long: its replies are held back. A
  // later worker can be told to fail its next check as the worker reports an exception.
  await page.addInitScript(() => {
    const Real = window.Worker;
    const w = { created: 0, terminated: 0, failNext: false };
    (window as unknown as { __workers: typeof w }).__workers = w;
    window.Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        const slow = w.created++ === 0;
        const add = this.addEventListener.bind(this);
        this.addEventListener = ((type: string, fn: EventListener, o?: AddEventListenerOptions) =>
          add(type, slow && type === 'message' ? () => {} : fn, o)) as typeof this.addEventListener;
      }
      postMessage(message: { id: number }, transfer?: Transferable[] | StructuredSerializeOptions): void {
        if (w.failNext) {
          w.failNext = false;
          setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: { id: message.id, error: 'RangeError: Maximum call stack size exceeded' } })));
          return;
        }
        super.postMessage(message, transfer as Transferable[]);
      }
      terminate(): void {
        w.terminated++;
        super.terminate();
      }
    };
  });
  await open(page, '/tools/web-xml-checker/');
  const counts = () => page.evaluate(() => (window as unknown as { __workers: { created: number; terminated: number } }).__workers);
  await page.getByLabel('Installation URL').fill(URL);
  await page.getByLabel('Content of web.xml').fill(JENKINS);
  await page.getByRole('button', { name: 'Check web.xml' }).click();
  await expect(page.locator(`${TOOL} [data-busy]`)).toBeVisible();
  // The user corrects the text and checks again while the first check still runs.
  await page.getByLabel('Content of web.xml').fill(`<web-app><context-param><param-name>oauth2Gateway.url</param-name><param-value>${URL}</param-value></context-param></web-app>`);
  await page.getByRole('button', { name: 'Check web.xml' }).click();
  await expect(page.locator(`${TOOL} [data-summary]`)).toHaveText('No problems found. oauth2Gateway.url is set correctly.');
  await expect(page.locator(`${TOOL} [data-busy]`)).toBeHidden();
  expect(await counts()).toMatchObject({ created: 2, terminated: 1 });

  // A check that fails says so and takes the previous result away.
  await page.evaluate(() => ((window as unknown as { __workers: { failNext: boolean } }).__workers.failNext = true));
  await page.getByLabel('Content of web.xml').fill(JENKINS);
  await page.getByRole('button', { name: 'Check web.xml' }).click();
  await expect(page.locator(`${TOOL} [data-file-message]`)).toHaveText(/^The check could not finish \(RangeError: Maximum call stack size exceeded\)\. Nothing is shown for this input\./);
  await expect(page.locator(`${TOOL} [data-results]`)).toBeHidden();
  await expect(page.getByRole('region', { name: 'Findings' })).toHaveCount(0);
});

test('pick a file: CRLF and ISO-8859-1 bytes kept in the download', async ({ page }) => {
  await open(page, '/tools/web-xml-checker/');
  await page.getByLabel('Installation URL').fill(URL);
  await page.getByLabel('Choose web.xml').setInputFiles({ name: 'web.xml', mimeType: 'text/xml', buffer: PETCLINIC });
  await expect(page.locator(`${TOOL} [data-file-message]`)).toContainText('Read web.xml (5,065 bytes, ISO-8859-1)');
  await expect(page.getByLabel('Content of web.xml')).toHaveValue(/spring-petclinic|petclinic/);
  await expect(page.locator(`${TOOL} [role="status"][data-announce]`)).toContainText('oauth2Gateway.url is missing');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download corrected web.xml' }).click()]);
  const bytes = readFileSync((await download.path())!);
  const added = inserted(PETCLINIC.toString('latin1'), bytes.toString('latin1'))!;
  expect(added).toHaveLength(4);
  expect(bytes.toString('latin1').split('\r\n').length).toBe(PETCLINIC.toString('latin1').split('\r\n').length + 4);
  // The text shown is the same file (a textarea shows line breaks as LF).
  const shown = await page.getByLabel('Corrected web.xml (full text)').inputValue();
  expect(shown).toBe(bytes.toString('latin1').replace(/\r\n/g, '\n'));
});

test('drop a file on the tool', async ({ page }) => {
  await open(page, '/tools/web-xml-checker/');
  const xml = JENKINS.replace('</context-param>', '</context-param>\n  <context-param>\n    <param-name>oauth2Gateway.url</param-name>\n    <param-value>http://xyc.teamspace.de/</param-value>\n  </context-param>');
  await page.locator(`${TOOL} [data-drop]`).evaluate((zone, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'web.xml', { type: 'text/xml' }));
    for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  }, xml);
  await expect(page.getByLabel('Content of web.xml')).toHaveValue(xml);
  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings).toContainText('Error: http instead of https');
  await expect(findings).toContainText('Error: Slash at the end');
  await expect(page.locator(`${TOOL} [data-fix-note]`)).toContainText('Enter the installation URL');
  // Entering the URL re-checks: the value is replaced in place.
  await page.getByLabel('Installation URL').fill(URL);
  const table = page.getByRole('table', { name: 'Changes to web.xml' });
  await expect(table.getByRole('row').filter({ hasText: '− removed' })).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: '+ added' })).toContainText(`<param-value>${URL}</param-value>`);
  await expectAxeClean(page, TOOL);
});

test('German, installation URL prefilled from the link', async ({ page }) => {
  await open(page, `/de/tools/web-xml-checker/#url=${URL}`);
  await expect(page.getByLabel('Installations-URL')).toHaveValue(URL);
  const xml = JENKINS.replace('</context-param>', '</context-param>\n  <context-param><param-name>oauth2Gateway.url</param-name><param-value>https://www.mein-teamspace.de</param-value></context-param>');
  await page.getByLabel('Inhalt der web.xml').fill(xml);
  await page.getByRole('button', { name: 'web.xml prüfen' }).click();
  const status = page.locator(`${TOOL} [role="status"][data-announce]`);
  await expect(status).toContainText('Prüfung beendet: 2 Fehler, 0 Warnungen.');
  await expect(status).toContainText('Noch der Beispielwert');
  await expect(page.getByRole('region', { name: 'Ergebnisse' })).toContainText('Weicht von Ihrer Installations-URL ab');
  await expect(page.getByRole('link', { name: /Umleitungs-URIs kontrollieren/ })).toHaveAttribute('href', /^\/de\/tools\/redirect-uri\/#url=/);
  await expect(page.getByRole('table', { name: 'Änderungen an der web.xml' })).toContainText('hinzugefügt');
  // The version note is folded behind a German count.
  await expect(page.locator(`${TOOL} details[data-passed] summary`)).toHaveText('1 Prüfung bestanden');
  await expect(page.locator(`${TOOL} [data-findings] > .ts-finding`).first()).toHaveAttribute('data-severity', 'error');
  await expectAxeClean(page, TOOL);
});

test('bad input: a clear message, the pasted text stays', async ({ page }) => {
  await open(page, '/tools/web-xml-checker/');
  const json = '{ "appId": "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f" }';
  const field = page.getByLabel('Content of web.xml');
  await field.fill(json);
  await page.getByRole('button', { name: 'Check web.xml' }).click();
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText('This is JSON, not XML');
  await expect(field).toHaveValue(json);
  const broken = '<web-app>\n<context-param><param-name>oauth2Gateway.url</param-name><param-value>https://a.example/?a=1&b=2</param-value></context-param>\n</web-app>';
  await field.fill(broken);
  await page.getByRole('button', { name: 'Check web.xml' }).click();
  const finding = page.getByRole('region', { name: 'Findings' }).getByRole('listitem').first();
  await expect(finding).toContainText('Unescaped "&"');
  await expect(finding).toContainText('Line 2, column 93');
  await expect(finding.locator('mark')).toHaveText('&');
  await expect(page.getByRole('region', { name: 'Corrected web.xml' })).toBeHidden();
  await expect(field).toHaveValue(broken);
  await expectAxeClean(page, TOOL);
});

test('a file over 5 MB is refused without losing the text', async ({ page }) => {
  await open(page, '/tools/web-xml-checker/');
  await page.getByLabel('Content of web.xml').fill(JENKINS);
  await page.getByLabel('Choose web.xml').setInputFiles({ name: 'huge.xml', mimeType: 'text/xml', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x20) });
  await expect(page.locator(`${TOOL} [data-file-message]`)).toContainText('up to 5 MB');
  await expect(page.getByLabel('Content of web.xml')).toHaveValue(JENKINS);
});

for (const [path, button] of [
  ['/microsoft-app-registration/web-xml/', 'Check web.xml'],
  ['/de/microsoft-app-registration/web-xml/', 'web.xml prüfen'],
]) {
  test(`embedded in step 3: ${path}`, async ({ page }) => {
    await open(page, path);
    await page.locator(`${TOOL} textarea[data-xml]`).fill(JENKINS);
    await page.getByRole('button', { name: button }).click();
    await expect(page.locator(`${TOOL} [data-findings] li`).first()).toBeVisible();
    await expect(page.locator(`${TOOL} h3`).first()).toBeVisible();
    await expectAxeClean(page, TOOL);
  });
}
