/** Input helpers for the end-to-end tests: reach a control as a keyboard user does, paste as a paste does. */
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

/**
 * Put `text` into a text field as a paste puts it: the whole text with one input event,
 * the focus in the field and the caret at the end (Playwright's fill() and insertText()
 * type large text far too slowly).
 */
export async function paste(field: Locator, text: string): Promise<void> {
  await field.evaluate((area: HTMLTextAreaElement | HTMLInputElement, text) => {
    area.focus();
    area.value = text;
    area.setSelectionRange(text.length, text.length);
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}
