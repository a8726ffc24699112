/**
 * <ts-secret-reminder>: wires the date field and the reminder choices to the calendar
 * builder and offers the file as a download. The date is a page value ("exp"), so a
 * prefilled link or another tool on the page can fill it.
 */
import { bindField } from '../../client/bind-field';
import { downloadFile } from '../../client/download';
import { pageState } from '../../client/page-state';
import type { ToolFrame } from '../../client/tool-frame';
import { format } from '../../i18n/ui';
import { checkGuid } from '../../lib/validators';
import { buildReminderCalendar } from './calendar';
import { checkExpiry, localIso, planReminders, type ExpiryMessage } from './expiry';
import type { ReminderStrings } from './strings';

class SecretReminder extends HTMLElement {
  connectedCallback(): void {
    const t = JSON.parse(this.dataset.strings ?? '{}') as ReminderStrings;
    const locale = this.dataset.locale ?? 'en-GB';
    const guideUrl = new URL(this.dataset.guide ?? '/', location.href).href;
    const frame = this.closest<ToolFrame>('ts-tool-frame');
    const input = this.querySelector<HTMLInputElement>('[data-date]')!;
    const message = this.querySelector<HTMLElement>('[data-date-message]')!;
    const summary = this.querySelector<HTMLElement>('[data-summary]')!;
    const offsets = [...this.querySelectorAll<HTMLInputElement>('[data-offset]')];
    const button = this.querySelector<HTMLButtonElement>('[data-download]')!;
    const dateText = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const words = (iso: string) => dateText.format(new Date(`${iso}T00:00:00Z`));

    const chosen = () => offsets.filter((o) => o.checked).map((o) => Number(o.value));
    // The valid expiry date, kept current by the field binding (null while invalid or empty).
    let date: string | null = null;

    const render = () => {
      if (!date) {
        summary.textContent = t.needDate;
        return;
      }
      const plan = planReminders(date, chosen(), localIso(new Date()));
      const dates = plan.reminders.map((r) => words(r.date)).join(', ');
      const parts = [format(plan.reminders.length === 1 ? t.summaryOne : t.summary, { count: plan.reminders.length, dates })];
      if (plan.skipped.length) parts.push(format(t.skipped, { days: plan.skipped.join(', ') }));
      if (chosen().length === 0) parts.push(t.noOffsets);
      summary.textContent = parts.join(' ');
    };

    const field = bindField({
      control: input,
      key: 'exp',
      check: (raw) => checkExpiry(raw, localIso(new Date())),
      message,
      text: (id) => t.messages[id as ExpiryMessage] ?? id,
      onChange: (result) => {
        date = result && result.ok ? result.value : null;
        render();
      },
    });
    for (const o of offsets) o.addEventListener('change', render);
    render();

    button.addEventListener('click', () => {
      if (!date) {
        // Show why nothing happens next to the field, and take the user there.
        field.revalidate(true);
        input.focus();
        frame?.say(t.needDate);
        return;
      }
      const app = pageState().get('app');
      const appCheck = app ? checkGuid(app) : null;
      const calendar = buildReminderCalendar({
        expiry: date,
        daysBefore: chosen(),
        today: localIso(new Date()),
        now: new Date(),
        appId: appCheck && appCheck.ok ? appCheck.value : undefined,
        guideUrl,
        text: t.calendar,
      });
      downloadFile(calendar.fileName, calendar.ics, 'text/calendar;charset=utf-8');
      frame?.say(format(t.downloaded, { name: calendar.fileName }));
    });
  }
}

if (!customElements.get('ts-secret-reminder')) customElements.define('ts-secret-reminder', SecretReminder);
