import { test, expect, expectAxeClean } from './fixtures';
import type { Page } from '@playwright/test';
import { ERROR_MATCHERS as ERRORS } from '../../src/data/error-matchers';
import { readErrorProse } from '../support/error-prose-files';
import { sitePath } from '../support/site-path';

const TOOL = '/tools/error-decoder/';
const TROUBLESHOOTING = '/microsoft-app-registration/troubleshooting/';

const LOG = [
  '2026-11-28 08:00:01 INFO  MailFetcher started for info@contoso.com',
  '2026-11-28 08:00:03 WARN  IMAP S: A2 NO AUTHENTICATE failed.',
  '2026-11-28 08:06:00 ERROR Token request failed: AADSTS7000215: Invalid client secret provided.',
  '2026-11-28 08:07:00 ERROR SMTP: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.',
  '2026-11-28 08:08:00 ERROR Sign-in failed: AADSTS50126: Error validating credentials.',
  '2026-11-28 08:09:03 WARN  IMAP S: A7 NO AUTHENTICATE failed.',
].join('\n');

const decoder = (page: Page) => page.locator('ts-error-decoder');
const status = (page: Page) => page.locator('#error-decoder [data-announce]');
const resultTitles = (page: Page) => decoder(page).locator('[data-list] > li .ts-error__title');

async function linkValue(page: Page): Promise<string | null> {
  const hash = new URL(page.url()).hash.replace(/^#/, '');
  const err = hash.split('&').find((part) => part.startsWith('err='));
  return err ? decodeURIComponent(err.slice(4)) : null;
}

test('paste a log excerpt: every error decoded in order, announced, the link keeps only codes', async ({ page }) => {
  test.slow(); // axe on a busy machine
  await page.goto(TOOL);
  await page.getByLabel('Error message or log excerpt').fill(LOG);
  await page.getByRole('button', { name: 'Decode' }).click();

  await expect(page.getByRole('heading', { name: 'Errors found' })).toBeVisible();
  await expect(resultTitles(page)).toHaveText([
    'IMAP: AUTHENTICATE failed: IMAP login refused',
    'AADSTS7000215: Invalid client secret',
    '535 5.7.139: SMTP AUTH is disabled',
    'AADSTS50126: not described here',
  ]);
  await expect(status(page)).toHaveText(
    '4 errors found: IMAP: AUTHENTICATE failed, AADSTS7000215, 535 5.7.139, AADSTS50126.',
  );
  const first = decoder(page).locator('[data-list] > li').first();
  await expect(first.locator('[data-found]')).toHaveText(
    'Found in line 2: 2026-11-28 08:00:03 WARN  IMAP S: A2 NO AUTHENTICATE failed. Also in 1 more line.',
  );
  await expect(first.getByRole('link', { name: 'Step 2: create the service principal' })).toHaveAttribute(
    'href',
    '/microsoft-app-registration/service-principal/#new-service-principal',
  );
  await expect(decoder(page).getByRole('link', { name: 'Look up AADSTS50126 at Microsoft' })).toHaveAttribute(
    'href',
    'https://login.microsoftonline.com/error?code=50126',
  );
  await expect.poll(() => linkValue(page)).toBe(['AUTHENTICATE failed', 'AADSTS7000215', '535 5.7.139', 'AADSTS50126'].join('\n'));
  expect(page.url()).not.toContain('contoso');
  await expectAxeClean(page, '#error-decoder');
});

test('decodes while typing, without pressing the button', async ({ page }) => {
  await page.goto(TOOL);
  await page.getByLabel('Error message or log excerpt').pressSequentially('535 5.7.3 Authentication unsuccessful');
  await expect(resultTitles(page)).toHaveText(['535 5.7.3: SMTP authentication unsuccessful']);
  await expect(status(page)).toHaveText('1 error found: 535 5.7.3.');
});

test('nothing known: a clear message with what to try', async ({ page }) => {
  test.slow(); // axe on a busy machine
  await page.goto(TOOL);
  await page.getByLabel('Error message or log excerpt').fill('Everything is fine, the green message appeared.');
  await page.getByRole('button', { name: 'Decode' }).click();
  await expect(decoder(page).getByText('No known error found')).toBeVisible();
  await expect(decoder(page).getByRole('link', { name: /list of all known errors/ })).toHaveAttribute('href', TROUBLESHOOTING);
  await expect(page.getByRole('heading', { name: 'Errors found' })).toBeHidden();
  await expect(status(page)).toHaveText('No known error found.');
  await expectAxeClean(page, '#error-decoder');
});

test('a prefilled link decodes at once and links to the entry on the troubleshooting page', async ({ page }) => {
  await page.goto(`${TOOL}#err=AADSTS7000215`);
  await expect(page.getByLabel('Error message or log excerpt')).toHaveValue('AADSTS7000215');
  await expect(resultTitles(page)).toHaveText(['AADSTS7000215: Invalid client secret']);
  await expect(status(page)).toHaveText('1 error found: AADSTS7000215.');
  const toEntry = decoder(page).getByRole('link', { name: 'This error on the troubleshooting page' });
  await expect(toEntry).toHaveAttribute('href', `${TROUBLESHOOTING}#aadsts7000215`);
  await toEntry.click();
  // The page's values travel along in the fragment of internal links (here the decoder's own err).
  await expect(page).toHaveURL(new RegExp(`${TROUBLESHOOTING}#aadsts7000215(&err=AADSTS7000215)?$`));
  await expect(page.locator('#aadsts7000215')).toBeInViewport();
});

test('the query form and a bare code work too', async ({ page }) => {
  await page.goto(`${TOOL}?err=7000222`);
  await expect(resultTitles(page)).toHaveText(['AADSTS7000222: Client secret expired']);
});

test('German: prefilled, decoded and announced in German', async ({ page }) => {
  test.slow(); // axe on a busy machine
  await page.goto(`/de${TOOL}#err=535%205.7.139`);
  await expect(page.getByLabel('Fehlermeldung oder Log-Auszug')).toHaveValue('535 5.7.139');
  await expect(page.getByRole('heading', { name: 'Gefundene Fehler' })).toBeVisible();
  await expect(resultTitles(page)).toHaveText(['535 5.7.139: SMTP AUTH ist deaktiviert']);
  await expect(status(page)).toHaveText('1 Fehler gefunden: 535 5.7.139.');
  await expect(decoder(page).getByRole('link', { name: 'Schritt 2: SMTP AUTH erlauben' })).toHaveAttribute(
    'href',
    '/de/microsoft-app-registration/service-principal/#smtp-auth',
  );
  await expect(decoder(page).getByRole('link', { name: 'Dieser Fehler auf der Seite Fehlerbehebung' })).toHaveAttribute(
    'href',
    `/de${TROUBLESHOOTING}#smtp-535-5-7-139`,
  );
  await expectAxeClean(page, '#error-decoder');
});

test('German: an unknown code and nothing known', async ({ page }) => {
  await page.goto(`/de${TOOL}`);
  const field = page.getByLabel('Fehlermeldung oder Log-Auszug');
  await field.fill('Fehler: AADSTS50126');
  await page.getByRole('button', { name: 'Erklären' }).click();
  await expect(decoder(page).getByRole('link', { name: 'AADSTS50126 bei Microsoft nachschlagen' })).toBeVisible();
  await field.fill('alles gut');
  await page.getByRole('button', { name: 'Erklären' }).click();
  await expect(decoder(page).getByText('Kein bekannter Fehler gefunden')).toBeVisible();
  await expect(status(page)).toHaveText('Kein bekannter Fehler gefunden.');
});

test('keyboard: type, decode with Enter on the button, reach the results, clear', async ({ page }) => {
  await page.goto(TOOL);
  const field = page.getByLabel('Error message or log excerpt');
  await field.focus();
  await page.keyboard.type('A1 BAD User is authenticated but not connected.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Decode' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(resultTitles(page)).toHaveText(['IMAP: User is authenticated but not connected: Logged in, but no access to the mailbox']);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Clear' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(decoder(page).getByRole('link', { name: 'Step 2: waiting for Exchange Online' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Errors found' })).toBeHidden();
  await expect.poll(() => linkValue(page)).toBeNull();
});

test('a pasted text over the size limit is searched up to the limit, and says so', async ({ page }) => {
  test.slow(); // a megabyte of text and axe on a busy machine
  await page.goto(TOOL);
  const big = `AADSTS7000215: Invalid client secret provided.\n${'INFO nothing to see here\n'.repeat(40_001)}`;
  const field = page.getByLabel('Error message or log excerpt');
  await expect(field).toBeEnabled();
  // Like a paste: the whole text arrives with one input event.
  await field.evaluate((el, text) => {
    (el as HTMLTextAreaElement).value = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, big);
  await page.getByRole('button', { name: 'Decode' }).click();
  const warning = decoder(page).locator('[data-message]');
  await expect(warning).toHaveText(
    `The text has ${big.length.toLocaleString('en-US')} characters. Only the first 1,000,000 are searched: paste the part around the error to search the rest.`,
    { timeout: 60_000 }, // laying out a megabyte of text is slow on a busy machine
  );
  await expect(page.getByLabel('Error message or log excerpt')).toHaveAttribute('aria-describedby', /error-decoder-message/);
  await expect(resultTitles(page)).toHaveText(['AADSTS7000215: Invalid client secret']);
  await expect(status(page)).toHaveText('1 error found: AADSTS7000215. Only the first 1,000,000 characters were searched.');
  await expectAxeClean(page, '#error-decoder');
});

test('a paste over the limit is cut to the limit before it reaches the field, and says so', async ({ page }) => {
  test.slow(); // a megabyte of text on a busy machine
  await page.goto(TOOL);
  const field = page.getByLabel('Error message or log excerpt');
  await expect(field).toBeEnabled();
  const pastedLength = await field.evaluate((el) => {
    const text = `AADSTS7000222: The provided client secret keys are expired.\n${'x'.repeat(1_100_000)}`;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.focus();
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    return text.length;
  });
  await expect(decoder(page).locator('[data-message]')).toHaveText(
    `The pasted text had ${pastedLength.toLocaleString('en-US')} characters. Only the first 1,000,000 were inserted and searched: paste the part around the error to search the rest.`,
    { timeout: 60_000 }, // laying out a megabyte of text is slow on a busy machine
  );
  expect(await field.evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(1_000_000);
  await expect(resultTitles(page)).toHaveText(['AADSTS7000222: Client secret expired']);
  await expect(status(page)).toHaveText('1 error found: AADSTS7000222. Only the first 1,000,000 characters were searched.');
});

test('a link with 20,000 distinct codes: the known error and the first codes shown, the rest counted, every line grouped', async ({ page }) => {
  test.slow(); // a 300 KB link on a busy machine
  const codes = Array.from({ length: 20_000 }, (_, i) => `AADSTS${10_000_000 + i}`);
  await page.goto(`${TOOL}#err=${['AADSTS7000215', ...codes].join('+')}`);
  // What the page renders does not grow with the link: the catalogue entry found, ten
  // unknown codes, and one sentence for the rest.
  await expect(resultTitles(page)).toHaveCount(11, { timeout: 60_000 });
  await expect(resultTitles(page).first()).toHaveText('AADSTS7000215: Invalid client secret');
  await expect(resultTitles(page).nth(1)).toHaveText('AADSTS10000000: not described here');
  await expect(resultTitles(page).last()).toHaveText('AADSTS10000009: not described here');
  await expect(decoder(page).locator('[data-more]')).toHaveText(
    'And 19,990 more sign-in error codes, not shown here: paste a shorter part of the text to see them.',
  );
  await expect(status(page)).toHaveText(
    `20,001 errors found: AADSTS7000215, ${codes.slice(0, 10).join(', ')} and 19,990 more.`,
  );
  // The decoding ran off the main thread, in the decoder's worker.
  expect(page.workers()).toHaveLength(1);
  const field = page.getByLabel('Error message or log excerpt');
  await field.fill('AADSTS50126 AADSTS50126\nAADSTS50126');
  await expect(resultTitles(page)).toHaveText(['AADSTS50126: not described here']);
  await expect(decoder(page).locator('[data-list] [data-found]')).toHaveText(
    'Found in line 1: AADSTS50126 AADSTS50126 Also in 1 more line. 3 times in all.',
  );
  await expect(decoder(page).locator('[data-more]')).toBeHidden();
  await expect.poll(() => linkValue(page)).toBe('AADSTS50126');
});

test('German: many codes are counted in German', async ({ page }) => {
  const codes = Array.from({ length: 1_200 }, (_, i) => `AADSTS${10_000_000 + i}`);
  await page.goto(`/de${TOOL}#err=${codes.join('%0A')}`);
  await expect(resultTitles(page)).toHaveCount(10);
  await expect(decoder(page).locator('[data-more]')).toHaveText(
    'Dazu 1.190 weitere Codes von Anmeldefehlern, hier nicht gezeigt: Fügen Sie einen kürzeren Teil des Textes ein, um sie zu sehen.',
  );
  await expect(status(page)).toHaveText(`1.200 Fehler gefunden: ${codes.slice(0, 10).join(', ')} und 1.190 weitere.`);
});

for (const lang of ['en', 'de'] as const) {
  test(`troubleshooting page${lang === 'de' ? ' (German)' : ''}: every catalogue entry has its anchor and heading`, async ({ page }) => {
    await page.goto(sitePath(lang, TROUBLESHOOTING));
    for (const entry of ERRORS) {
      const heading = page.locator(`h3#${entry.id}`);
      await expect(heading, entry.id).toHaveCount(1);
      await expect(heading).toContainText(entry.code);
      await expect(heading).toContainText(readErrorProse(lang, entry.id).title);
    }
    // The decoder's templates add no duplicate ids or headings to the page.
    await expect(page.locator('article.ts-error:visible')).toHaveCount(ERRORS.length);
  });
}

test('an anchor link opens the troubleshooting page at the entry, and the embedded decoder works there', async ({ page }) => {
  test.slow(); // axe on a busy machine
  await page.goto(`${sitePath('de', TROUBLESHOOTING)}#imap-not-connected`);
  await expect(page.locator('#imap-not-connected')).toBeInViewport();
  await expect(page.locator('#imap-not-connected')).toHaveText('IMAP: User is authenticated but not connected: Angemeldet, aber kein Zugriff auf das Postfach');

  await page.goto(`${TROUBLESHOOTING}#err=SendAsDenied`);
  await expect(resultTitles(page)).toHaveText(['554 5.2.0 / 550 5.7.60: Not allowed to send as this sender']);
  await expectAxeClean(page, '#error-decoder');
});
