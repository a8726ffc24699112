/**
 * Reads a calendar date the way people copy it from Entra ("Certificates & secrets",
 * column "Expires") or type it: ISO 2027-12-01, German 1.12.2027 / 01.12.2027,
 * US English 12/1/2027 (month first, as Entra shows it in en-US), and with a month
 * name: "Dec 1, 2027", "December 1 2027", "1 December 2027", "1. Dez. 2027".
 * A pure function: text in, calendar date or the reason it is not one out.
 */

export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

/**
 * dateFormat: not one of the accepted forms; dateInvalid: the form is right but the day
 * does not exist (31.2.2027); dateMonthFirst: a slash date whose month/day order does
 * not give a real date (13/45/2027, 25/12/2027), so the reader is told the order.
 */
export type DateInputError = 'dateFormat' | 'dateInvalid' | 'dateMonthFirst';

export type DateInputResult = { ok: true; value: CalendarDate } | { ok: false; error: DateInputError };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
// "Dec 1, 2027", "December 1 2027", "Dec. 1, 2027"
const NAME_FIRST = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u;
// "1 December 2027", "1. Dezember 2027", "1. Dez. 2027", "1 Dec, 2027"
const DAY_FIRST = /^(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4})$/u;

/** Month names in English and German; a name is matched by these or a prefix of 3+ letters. */
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'januar', 'jänner'],
  ['february', 'februar'],
  ['march', 'märz', 'maerz'],
  ['april'],
  ['may', 'mai'],
  ['june', 'juni'],
  ['july', 'juli'],
  ['august'],
  ['september'],
  ['october', 'oktober'],
  ['november'],
  ['december', 'dezember'],
];

/** 1-12 for an English or German month name or abbreviation, else null. */
export function monthOf(name: string): number | null {
  const n = name.toLocaleLowerCase('en').replace(/\.$/, '');
  if (n.length < 3) return null;
  const found = MONTHS.findIndex((names) => names.some((full) => full.startsWith(n)));
  return found === -1 ? null : found + 1;
}

/** A real date between the years 2000 and 2299 (Date.UTC rolls 2027-02-30 over to March). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 2000 || year > 2299 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parseDateInput(raw: string): DateInputResult {
  const v = raw.trim().replace(/\s+/g, ' ');
  const make = (year: number, month: number, day: number, bad: DateInputError = 'dateInvalid'): DateInputResult =>
    isRealDate(year, month, day) ? { ok: true, value: { year, month, day } } : { ok: false, error: bad };

  let m = ISO.exec(v);
  if (m) return make(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED.exec(v);
  if (m) return make(Number(m[3]), Number(m[2]), Number(m[1]));
  m = SLASHED.exec(v);
  if (m) return make(Number(m[3]), Number(m[1]), Number(m[2]), 'dateMonthFirst');
  m = NAME_FIRST.exec(v);
  if (m) {
    const month = monthOf(m[1]);
    return month ? make(Number(m[3]), month, Number(m[2])) : { ok: false, error: 'dateFormat' };
  }
  m = DAY_FIRST.exec(v);
  if (m) {
    const month = monthOf(m[2]);
    return month ? make(Number(m[3]), month, Number(m[1])) : { ok: false, error: 'dateFormat' };
  }
  return { ok: false, error: 'dateFormat' };
}
