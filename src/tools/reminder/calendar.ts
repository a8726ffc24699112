/**
 * The reminder calendar file: one all-day event per reminder date plus one on the
 * expiry day, each with a single display alarm.
 *
 * Why separate events rather than one event with several VALARMs: Outlook keeps only
 * one reminder per appointment and Google Calendar drops imported alarms altogether,
 * so alarms alone can silently vanish. An all-day entry 30 days ahead stays visible in
 * every calendar; its own alarm (09:00 the day before) is a bonus where supported.
 *
 * UIDs are derived from the expiry date, the offset and (when known) the application
 * ID, so importing a regenerated file updates the entries instead of doubling them.
 */
import { codeOf, findUnsafeCharacter } from '../../lib/characters';
import { escapeText, forbiddenInText, icsDate, icsUtcDateTime, joinLines, property } from './ics';
import { addDays, MAX_OFFSET, planReminders, type PlannedReminder } from './expiry';
import { isRealDate } from './date-input';
import { format, plural, type PluralForms } from '../../i18n/ui';

export interface CalendarText {
  /** Summary of a reminder ahead of the date; {n} = days left. */
  summaryAhead: PluralForms;
  /** Summary of the entry on the expiry day. */
  summaryDay: string;
  /** What to do; {date} = the expiry date in words, {app} = which registration, {guide} = link. */
  description: string;
  /** Alarm text; {n} = days left. */
  alarmAhead: PluralForms;
  alarmDay: string;
  /** How the registration is named in the description when the application ID is unknown. */
  appUnknown: string;
  /** The registration with its ID; {app} = application ID. */
  appKnown: string;
  /** BCP 47 locale for the date in words and plurals (intlLocale()). */
  dateLocale: string;
}

export interface CalendarOptions {
  /** The secret's expiry date, YYYY-MM-DD (already validated). */
  expiry: string;
  /** Chosen offsets in days before the expiry. */
  daysBefore: readonly number[];
  /** The user's today, YYYY-MM-DD: reminders before it are left out. */
  today: string;
  /** The moment the file is made (DTSTAMP). */
  now: Date;
  /** Application (client) ID, if the page knows it: named in the text and the UIDs. */
  appId?: string;
  /** Absolute link to the guide's notes on the secret. */
  guideUrl: string;
  text: CalendarText;
}

export const PRODID = '-//teamspace//Microsoft setup help center//EN';
/** Alarm time: 09:00 on the day before the all-day entry (start is 00:00). */
export const ALARM_TRIGGER = '-PT15H';

export interface ReminderCalendar {
  ics: string;
  fileName: string;
  reminders: PlannedReminder[];
  skipped: number[];
}

/**
 * Why no file was made. date: the expiry or today is not a real YYYY-MM-DD date (years
 * 2000-2299); now: the moment is no valid date; offset: a reminder offset is not a whole
 * number of days from 1 to MAX_OFFSET; appId: not a GUID; locale: the texts' locale is
 * no BCP 47 tag; character: a text holds a
 * character a calendar file cannot carry (`char` names it: "U+0001 START OF HEADING").
 */
export type CalendarError = 'date' | 'now' | 'offset' | 'appId' | 'locale' | 'character';

export type CalendarResult = ({ ok: true } & ReminderCalendar) | { ok: false; error: CalendarError; char?: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function realIso(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Why these options make no file, or null. Every value is checked, so the builder never throws. */
function invalidOptions(opts: CalendarOptions): CalendarError | null {
  if (typeof opts.expiry !== 'string' || typeof opts.today !== 'string' || !realIso(opts.expiry) || !realIso(opts.today)) return 'date';
  const year = opts.now instanceof Date ? opts.now.getUTCFullYear() : NaN;
  if (!(year >= 1970 && year <= 9999)) return 'now';
  if (!Array.isArray(opts.daysBefore) || !opts.daysBefore.every((n) => Number.isInteger(n) && n >= 1 && n <= MAX_OFFSET)) return 'offset';
  if (opts.appId !== undefined && !GUID.test(opts.appId)) return 'appId';
  try {
    // Dates in words and plurals use it; an unknown tag would throw in Intl.
    if (Intl.getCanonicalLocales(opts.text.dateLocale).length !== 1) return 'locale';
  } catch {
    return 'locale';
  }
  return null;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function longDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  let f = dateFormats.get(locale);
  if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * The calendar file for the options, or why none can be made. Never throws: the dates,
 * the offsets and the application ID are checked, and every text that goes into the
 * file is checked for characters iCalendar TEXT cannot carry.
 */
export function buildReminderCalendar(opts: CalendarOptions): CalendarResult {
  const invalid = invalidOptions(opts);
  if (invalid) return { ok: false, error: invalid };
  const { text } = opts;
  // The first character a calendar cannot carry, in any text of the file.
  const refused: number[] = [];
  const textValue = (value: string) => {
    const bad = forbiddenInText(value);
    if (bad === null) return escapeText(value);
    refused.push(bad);
    return '';
  };
  const plan = planReminders(opts.expiry, opts.daysBefore, opts.today);
  const stamp = icsUtcDateTime(opts.now);
  const app = opts.appId ? format(text.appKnown, { app: opts.appId }) : text.appUnknown;
  const description = format(text.description, { date: longDate(opts.expiry, text.dateLocale), app, guide: opts.guideUrl });
  const uidApp = opts.appId ? `-${opts.appId.toLowerCase()}` : '';

  const events = plan.reminders.flatMap((r) => {
    const ahead = r.daysBefore > 0;
    const summary = ahead ? plural(text.summaryAhead, r.daysBefore, text.dateLocale) : text.summaryDay;
    const alarm = ahead ? plural(text.alarmAhead, r.daysBefore, text.dateLocale) : text.alarmDay;
    return [
      'BEGIN:VEVENT',
      property('UID', `teamspace-secret-${icsDate(opts.expiry)}-${r.daysBefore}d${uidApp}@help.teamspace`),
      property('DTSTAMP', stamp),
      property('DTSTART;VALUE=DATE', icsDate(r.date)),
      property('DTEND;VALUE=DATE', icsDate(addDays(r.date, 1))),
      property('SUMMARY', textValue(summary)),
      property('DESCRIPTION', textValue(description)),
      // An all-day note should not mark the day as busy.
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      property('TRIGGER', ALARM_TRIGGER),
      property('DESCRIPTION', textValue(alarm)),
      'END:VALARM',
      'END:VEVENT',
    ];
  });

  if (refused.length) {
    // Named as Unicode does ("U+0001 START OF HEADING"), so the message says what to remove.
    return { ok: false, error: 'character', char: findUnsafeCharacter(String.fromCodePoint(refused[0]))?.label ?? codeOf(refused[0]) };
  }
  const ics = joinLines(['BEGIN:VCALENDAR', 'VERSION:2.0', property('PRODID', PRODID), 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...events, 'END:VCALENDAR']);
  return { ok: true, ics, fileName: `teamspace-client-secret-${opts.expiry}.ics`, reminders: plan.reminders, skipped: plan.skipped };
}
