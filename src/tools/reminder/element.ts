/**
 * <ts-secret-reminder>: wires the date field and the reminder choices to the calendar
 * builder and offers the file as a download. The date is a page value ("exp"), so a
 * prefilled link or another tool on the page can fill it.
 */
import { bindField } from '../../client/bind-field';
import { downloadAndSay } from '../../client/download';
import { showMessage } from '../../client/field-message';
import { pageState } from '../../client/page-state';
import { ToolElement } from '../../client/tool-element';
import { format, plural } from '../../i18n/ui';
import { checkGuid } from '../../lib/validators';
import { buildReminderCalendar } from './calendar';
import { checkExpiry, localIso, planReminders, type ExpiryMessage } from './expiry';
import type { ReminderStrings } from './strings';

class SecretReminder extends ToolElement<ReminderStrings> {
  protected start(): void {
    const t = this.strings;
    const guideUrl = new URL(this.dataset.guide ?? '/', location.href).href;
    const input = this.q<HTMLInputElement>('[data-date]');
    const message = this.q('[data-date-message]');
    const summary = this.q('[data-summary]');
    const offsets = [...this.querySelectorAll<HTMLInputElement>('[data-offset]')];
    const button = this.q<HTMLButtonElement>('[data-download]');
    const dateText = new Intl.DateTimeFormat(t.calendar.dateLocale, { dateStyle: 'long', timeZone: 'UTC' });
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
      const parts = [format(plural(t.summary, plan.reminders.length, t.calendar.dateLocale), { dates })];
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
        // Say which date was read (the field keeps what was typed); a warning follows it.
        if (result && result.ok) {
          const warning = result.warnings[0] as ExpiryMessage | undefined;
          const said = [format(t.understood, { date: words(result.value) }), warning ? t.messages[warning] : ''].filter(Boolean).join(' ');
          showMessage(input, message, warning ? 'warning' : 'info', said);
        }
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
        this.say(t.needDate);
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
      if (!calendar.ok) {
        // Not reachable through the validated field and the offered choices; said, never thrown.
        this.say(calendar.error === 'character' ? format(t.fileCharacter, { char: calendar.char ?? '' }) : t.fileFailed);
        return;
      }
      downloadAndSay(button, calendar.fileName, calendar.ics, 'text/calendar;charset=utf-8', t.downloaded);
    });
  }
}

if (!customElements.get('ts-secret-reminder')) customElements.define('ts-secret-reminder', SecretReminder);
