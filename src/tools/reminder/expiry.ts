/**
 * The secret's expiry date as people type or copy it (see date-input.ts) and the
 * reminder days planned before it. Plain calendar dates: no time zone is involved,
 * so all arithmetic runs on UTC midnights.
 */
import type { Check } from '../../lib/validators';
import { parseDateInput, type DateInputError } from './date-input';

export type ExpiryMessage = 'required' | DateInputError | 'datePast' | 'dateToday';

const DAY_MS = 86_400_000;

/** The reminder offsets offered, in days before the expiry; 30 and 7 are preselected. */
export const REMINDER_CHOICES = [90, 60, 30, 14, 7, 1] as const;
export const DEFAULT_REMINDERS: readonly number[] = [30, 7];
/** The furthest reminder ahead, in days (a year and a day; the tool offers at most 90). */
export const MAX_OFFSET = 366;

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
  const parsed = parseDateInput(v);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const { year, month, day } = parsed.value;
  const date = new Date(Date.UTC(year, month - 1, day));
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
 * out and reported, because a reminder in the past reminds nobody. Offsets that are not
 * whole days from 1 to MAX_OFFSET are no reminder and are ignored.
 */
export function planReminders(expiryIso: string, daysBefore: readonly number[], todayIso: string): ReminderPlan {
  const offsets = [...new Set(daysBefore.filter((n) => Number.isInteger(n) && n > 0 && n <= MAX_OFFSET))].sort((a, b) => b - a);
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
