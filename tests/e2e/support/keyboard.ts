/** Keyboard helpers for the end-to-end tests: reach a control as a keyboard user does. */
import type { Locator, Page } from '@playwright/test';

/**
 * Press Tab (or Shift+Tab, for a control above the focus) until `target` has the focus.
 * Fails when 400 presses do not get there, so a control that Tab cannot reach fails the test.
 */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const where = await target.evaluate((el) => {
      const active = document.activeElement;
      if (el === active) return 'here';
      return active && active !== document.body && el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING ? 'back' : 'forward';
    });
    if (where === 'here') return;
    await page.keyboard.press(where === 'back' ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}
