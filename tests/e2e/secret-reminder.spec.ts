import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Download, Page } from '@playwright/test';
import { test, expect, expectAxeClean } from './fixtures';

const TOOL = '#secret-reminder';

async function calendarOf(download: Download): Promise<ICAL.Component> {
  const text = await readFile((await download.path())!, 'utf8');
  expect(text).toContain('\r\n');
  return new ICAL.Component(ICAL.parse(text));
}

async function download(page: Page, action: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return file;
}

test.describe('client-secret reminder', () => {
  // Several axe runs and a download per test: allow for a busy machine.
  test.slow();

  test('English tool page: typed date -> calendar file with the default reminders', async ({ page }) => {
    await page.goto('/tools/secret-reminder/');
    const date = page.getByLabel('Expiry date of the client secret');
    await expect(date).toBeEnabled();
    await expectAxeClean(page, TOOL);

    await date.fill('2030-06-30');
    await expect(page.locator(TOOL)).toContainText('The file will hold 3 entries');
    await expect(page).toHaveURL(/#exp=2030-06-30$/);
    await expect(page.getByRole('checkbox', { name: '30 days before' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: '7 days before' })).toBeChecked();
    await expectAxeClean(page, TOOL);

    const file = await download(page, () => page.getByRole('button', { name: 'Download calendar file (.ics)' }).click());
    expect(file.suggestedFilename()).toBe('teamspace-client-secret-2030-06-30.ics');
    const events = (await calendarOf(file)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.startDate.toString())).toEqual(['2030-05-31', '2030-06-23', '2030-06-30']);
    expect(events[2].summary).toBe('teamspace: Microsoft client secret expires today');
    expect(events[0].description).toContain('Certificates & secrets > New client secret');
    expect(events[0].description).toContain('/microsoft-app-registration/notes/');
    await expect(page.getByRole('status').filter({ hasText: 'Calendar file downloaded' })).toBeVisible();
  });

  test('German guide page, prefilled link, keyboard only', async ({ page }) => {
    await page.goto('/de/microsoft-app-registration/notes/#exp=2030-06-30&app=6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f');
    const date = page.getByLabel('Ablaufdatum des geheimen Clientschlüssels');
    await expect(date).toHaveValue('2030-06-30');
    await expect(page.locator(TOOL)).toContainText('Die Datei enthält 3 Einträge');

    // Keyboard: from the field, Tab reaches the first reminder choice; Space toggles it.
    await date.focus();
    await page.keyboard.press('Tab');
    const ninety = page.getByRole('checkbox', { name: '90 Tage vorher' });
    await expect(ninety).toBeFocused();
    await page.keyboard.press('Space');
    await expect(ninety).toBeChecked();
    await expect(page.locator(TOOL)).toContainText('Die Datei enthält 4 Einträge');

    const button = page.getByRole('button', { name: 'Kalenderdatei herunterladen (.ics)' });
    await button.focus();
    const file = await download(page, () => page.keyboard.press('Enter'));
    const events = (await calendarOf(file)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(4);
    expect(events[0].summary).toBe('teamspace: Microsoft-Clientschlüssel läuft in 90 Tagen ab');
    expect(events[0].description).toContain('Konfiguration > Allgemein > Schnittstellen');
    expect(events[0].description).toContain('Anwendungs-ID 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f');
    expect(events[0].description).toContain('/de/microsoft-app-registration/notes/');
    await expectAxeClean(page, TOOL);
  });

  test('invalid, past and missing dates are explained next to the field and nothing is lost', async ({ page }) => {
    await page.goto('/tools/secret-reminder/#exp=2030-02-30');
    const date = page.getByLabel('Expiry date of the client secret');
    await expect(date).toHaveValue('2030-02-30');
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(date).toHaveAccessibleDescription(/This date does not exist/);
    await expectAxeClean(page, TOOL);

    await date.fill('2020-01-15');
    await expect(date).not.toHaveAttribute('aria-invalid', 'true');
    await expect(date).toHaveAccessibleDescription(/This date has passed/);
    await expect(page.locator(TOOL)).toContainText('The file will hold one entry: 15 January 2020. Left out because the date has passed: 30, 7 days before.');

    await date.fill('');
    await page.getByRole('button', { name: 'Download calendar file (.ics)' }).click();
    await expect(date).toBeFocused();
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(date).toHaveAccessibleDescription(/Required\./);
    await expectAxeClean(page, TOOL);
  });

  test('English: the forms Entra shows are read and the understood date is said; impossible ones are explained, the text kept', async ({ page }) => {
    await page.goto('/tools/secret-reminder/');
    const date = page.getByLabel('Expiry date of the client secret');
    await expect(date).toBeEnabled();
    for (const typed of ['12/1/2027', 'Dec 1, 2027', '2027-12-01', '1.12.2027']) {
      await date.fill(typed);
      await expect(date).not.toHaveAttribute('aria-invalid', 'true');
      await expect(date).toHaveAccessibleDescription(/Understood as 1 December 2027\./);
      await expect(date).toHaveValue(typed);
      await expect(page.locator(TOOL)).toContainText('1 December 2027');
    }
    await expectAxeClean(page, TOOL);
    const file = await download(page, () => page.getByRole('button', { name: 'Download calendar file (.ics)' }).click());
    expect(file.suggestedFilename()).toBe('teamspace-client-secret-2027-12-01.ics');

    await date.fill('13/45/2027');
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(date).toHaveAccessibleDescription(/With slashes the month comes first/);
    await expect(date).not.toHaveAccessibleDescription(/Understood as/);
    await expect(date).toHaveValue('13/45/2027');
    await expect(page.locator(TOOL)).toContainText('Enter the expiry date to make the calendar file.');
    await expectAxeClean(page, TOOL);
  });

  test('German: 1.12.2027 and 01.12.2027 are understood as 1. Dezember 2027; 31.2.2027 is explained and kept', async ({ page }) => {
    await page.goto('/de/tools/secret-reminder/');
    const date = page.getByLabel('Ablaufdatum des geheimen Clientschlüssels');
    await expect(date).toBeEnabled();
    for (const typed of ['1.12.2027', '01.12.2027', '1. Dez. 2027']) {
      await date.fill(typed);
      await expect(date).toHaveAccessibleDescription(/Verstanden als 1\. Dezember 2027\./);
      await expect(date).toHaveValue(typed);
    }
    await date.fill('31.2.2027');
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(date).toHaveAccessibleDescription(/Dieses Datum gibt es nicht/);
    await expect(date).toHaveValue('31.2.2027');
    await expectAxeClean(page, TOOL);

    // Past dates: the understood date comes first, then the warning.
    await date.fill('15.1.2020');
    await expect(date).toHaveAccessibleDescription(/Verstanden als 15\. Januar 2020\. Dieses Datum ist vorbei/);
  });
});
