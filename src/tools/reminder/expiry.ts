/**
 * The secret's expiry date as people type it (2027-06-30 or 30.06.2027) and the
 * reminder days planned before it. Plain calendar dates: no time zone is involved,
 * so all arithmetic runs on UTC midnights.
 */
import type { Check } from '../../lib/validators';

export type ExpiryMessage = 'required' | 'dateFormat' | 'dateInvalid' | 'datePast' | 'dateToday';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DAY_MS = 86_400_000;

/** The reminder offsets offered, in days before the expiry; 30 and 7 are preselected. */
export const REMINDER_CHOICES = [90, 60, 30, 14, 7, 1] as const;
export const DEFAULT_REMINDERS: readonly number[] = [30, 7];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** YYYY-MM-DD of a UTC midnight. */
export function isoOf(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The local calendar date of a moment, as YYYY-MM-DD (what "today" means to the user). */
export function localIso(now: Date): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function addDays(iso: string, days: number): string {
  return isoOf(new Date(utc(iso).getTime() + days * DAY_MS));
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((utc(toIso).getTime() - utc(fromIso).getTime()) / DAY_MS);
}

/**
 * Validate a typed expiry date against today's date (YYYY-MM-DD). A real date in the
 * past or today is accepted with a warning: the file can still be made, but the
 * secret needs replacing now.
 */
export function checkExpiry(raw: string, todayIso: string): Check<string, ExpiryMessage> {
  const v = raw.trim();
  if (v === '') return { ok: false, error: 'required' };
  const iso = ISO.exec(v);
  const de = GERMAN.exec(v);
  const parts = iso ? [iso[1], iso[2], iso[3]] : de ? [de[3], de[2], de[1]] : null;
  if (!parts) return { ok: false, error: 'dateFormat' };
  const [y, m, d] = parts.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2027-02-30 over to March; a real date survives the round trip.
  if (y < 2000 || y > 2299 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, error: 'dateInvalid' };
  }
  const value = isoOf(date);
  const left = daysBetween(todayIso, value);
  if (left < 0) return { ok: true, value, warnings: ['datePast'] };
  if (left === 0) return { ok: true, value, warnings: ['dateToday'] };
  return { ok: true, value, warnings: [] };
}

export interface PlannedReminder {
  /** The all-day date of the calendar entry, YYYY-MM-DD. */
  date: string;
  /** Days before the expiry; 0 is the expiry day itself. */
  daysBefore: number;
}

export interface ReminderPlan {
  reminders: PlannedReminder[];
  /** Chosen offsets whose date is already past (left out of the file). */
  skipped: number[];
}

/**
 * The entries of the calendar file: one per chosen offset (deduplicated, earliest
 * first) plus the expiry day itself. Offsets that would fall before today are left
 * out and reported, because a reminder in the past reminds nobody.
 */
export function planReminders(expiryIso: string, daysBefore: readonly number[], todayIso: string): ReminderPlan {
  const offsets = [...new Set(daysBefore.filter((n) => Number.isInteger(n) && n > 0))].sort((a, b) => b - a);
  const reminders: PlannedReminder[] = [];
  const skipped: number[] = [];
  for (const n of offsets) {
    const date = addDays(expiryIso, -n);
    if (daysBetween(todayIso, date) < 0) skipped.push(n);
    else reminders.push({ date, daysBefore: n });
  }
  reminders.push({ date: expiryIso, daysBefore: 0 });
  return { reminders, skipped };
}
