/**
 * Hostile input for the secret reminder's calendar file: whatever reaches the builder
 * (a date typed or pasted, a link value, an offset, an application ID, any text with
 * commas, semicolons, backslashes, line breaks, umlauts, emoji or control characters),
 * it never throws and always gives a file or a clear error; and every file it gives
 * parses back with ical.js (a real iCalendar parser) with the summary, the description
 * and the dates that were put in: TEXT escaping (RFC 5545 3.3.11), lines folded at 75
 * octets without cutting a multi-byte character (3.1), CRLF line ends.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildReminderCalendar, type CalendarOptions, type CalendarResult, type CalendarText } from '../../src/tools/reminder/calendar';
import { checkExpiry, REMINDER_CHOICES } from '../../src/tools/reminder/expiry';
import { escapeText, foldLine, forbiddenInText } from '../../src/tools/reminder/ics';
import { STRINGS } from '../../src/tools/reminder/strings';

const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const octets = (s: string) => encoder.encode(s).length;
/** Line breaks as a calendar gives them back: TEXT has one kind, "\n". */
const oneKindOfBreak = (s: string) => s.replace(/\r\n|\r|\n/g, '\n');

/** YYYY-MM-DD of a day counted from an ISO date, computed here without the tool's code. */
function shift(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The file's physical form: CRLF only, every line within 75 octets and whole UTF-8 on its own. */
function expectWellFormedLines(ics: string): void {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of ics.slice(0, -2).split('\r\n')) {
    expect(octets(line)).toBeLessThanOrEqual(75);
    // A line cut inside a multi-byte character would not decode on its own.
    expect(strictUtf8.decode(encoder.encode(line))).toBe(line);
  }
}

function parsed(ics: string) {
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => {
    const event = new ICAL.Event(e);
    return {
      start: event.startDate.toString(),
      startIsDate: event.startDate.isDate,
      end: event.endDate.toString(),
      summary: event.summary,
      description: event.description,
      alarm: e.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description'),
      uid: event.uid,
    };
  });
  return events;
}

function ok(r: CalendarResult) {
  if (!r.ok) throw new Error(`no calendar: ${r.error} ${r.char ?? ''}`);
  return r;
}

const GUID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const NOW = new Date('2026-11-29T06:00:00Z');

/** Calendar dates between 2000 and 2299, the years the date field accepts. */
const isoDates = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2299-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const offsets = fc.subarray([...REMINDER_CHOICES]);

/** Text as people and translations write it, with every character TEXT treats specially. */
const textPiece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(',', ';', '\\', '\\n', '\\;', '\n', '\r\n', '\r', '\t', ' ', ':', '"', 'ü', 'ß', '€', '😀', '👩‍💻', 'a\u0301', '„Wert“', '<b>', '&amp;', 'BEGIN:VEVENT', 'END:VCALENDAR'),
);
const text = fc.array(textPiece, { maxLength: 12 }).map((parts) => parts.join(''));
/** A template without placeholders of its own: braces are the strings' syntax, not calendar content. */
const plainText = text.map((s) => s.replace(/[{}]/g, '|'));
const hostileChar = fc.constantFrom('\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\u007F', '\uD800', '\uDFFF');

describe('the date the user types, whatever it is, gives a file with exactly the planned dates', () => {
  const typed = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    isoDates.map((iso) => {
      const [y, m, d] = iso.split('-');
      return fc.constantFrom(iso, `${+d}.${+m}.${y}`, `${m}/${d}/${y}`, ` ${d}.${m}.${y} `, `${iso}\u200B`, `${iso}\n`, `${d}/${m}/${y}`);
    }).chain((a) => a),
  );

  for (const locale of ['en', 'de'] as const) {
    it(`(${locale}) never throws; a date read gives entries on that day and the chosen days before it, with the page's texts`, () => {
      const t = STRINGS[locale].calendar;
      fc.assert(
        fc.property(typed, isoDates, offsets, fc.option(fc.constant(GUID), { nil: undefined }), fc.webUrl(), (raw, today, daysBefore, appId, guideUrl) => {
          const expiry = checkExpiry(raw, today);
          if (!expiry.ok) return;
          const r = ok(buildReminderCalendar({ expiry: expiry.value, daysBefore, today, now: NOW, appId, guideUrl, text: t }));
          expectWellFormedLines(r.ics);
          const events = parsed(r.ics);
          // Every chosen day before that is not past, earliest first, then the expiry day itself.
          const ahead = [...daysBefore].sort((a, b) => b - a).filter((n) => shift(expiry.value, -n) >= today);
          expect(events.map((e) => e.start)).toEqual([...ahead.map((n) => shift(expiry.value, -n)), expiry.value]);
          expect(events.map((e) => e.end)).toEqual(events.map((e) => shift(e.start, 1)));
          expect(events.every((e) => e.startIsDate)).toBe(true);
          expect(r.skipped.sort()).toEqual(daysBefore.filter((n) => !ahead.includes(n)).sort());
          const words = new Intl.DateTimeFormat(t.dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${expiry.value}T00:00:00Z`));
          // Replaced by functions: a URL may hold "$&" or "$'", which a replacement string would expand.
          const app = appId ? t.appKnown.replace('{app}', () => appId) : t.appUnknown;
          const description = t.description.replace('{date}', () => words).replace('{app}', () => app).replace('{guide}', () => guideUrl);
          for (const [i, e] of events.entries()) {
            expect(e.description).toBe(description);
            const n = i < ahead.length ? ahead[i] : 0;
            const form = new Intl.PluralRules(t.dateLocale).select(n) === 'one' ? 'one' : 'other';
            expect(e.summary).toBe(n ? t.summaryAhead[form].replace('{n}', String(n)) : t.summaryDay);
            expect(e.alarm).toBe(n ? t.alarmAhead[form].replace('{n}', String(n)) : t.alarmDay);
          }
          expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('any text goes in and comes back out the same', () => {
  const textOptions = fc.record({ ahead: plainText, day: plainText, a: plainText, b: plainText, app: plainText, alarm: plainText, alarmDay: plainText });
  const make = (x: { ahead: string; day: string; a: string; b: string; app: string; alarm: string; alarmDay: string }): CalendarText => ({
    summaryAhead: { one: `${x.ahead}{n}`, other: `${x.ahead}{n}` },
    summaryDay: x.day,
    description: `${x.a}{app}${x.b}{guide}`,
    alarmAhead: { one: `{n}${x.alarm}`, other: `{n}${x.alarm}` },
    alarmDay: x.alarmDay,
    appUnknown: x.app,
    appKnown: `${x.app}{app}`,
    dateLocale: 'en-GB',
  });

  it('summaries, descriptions and alarms parse back equal; a file or a clear error, never a throw', () => {
    fc.assert(
      fc.property(textOptions, plainText, fc.boolean(), (x, guideUrl, withApp) => {
        const text = make(x);
        const r = buildReminderCalendar({ expiry: '2027-06-30', daysBefore: [30, 7], today: '2026-11-29', now: NOW, appId: withApp ? GUID : undefined, guideUrl, text });
        const all = [x.ahead, x.day, x.a, x.b, x.app, x.alarm, x.alarmDay, guideUrl].join('');
        if (forbiddenInText(all) !== null) {
          // A control character or a lone surrogate: a clear error naming it, no file.
          expect(r).toMatchObject({ ok: false, error: 'character', char: expect.stringMatching(/^U\+[0-9A-F]{4}/) });
          return;
        }
        const { ics } = ok(r);
        expectWellFormedLines(ics);
        const events = parsed(ics);
        expect(events.map((e) => e.start)).toEqual(['2027-05-31', '2027-06-23', '2027-06-30']);
        const app = withApp ? `${x.app}${GUID}` : x.app;
        for (const e of events) expect(e.description).toBe(oneKindOfBreak(`${x.a}${app}${x.b}${guideUrl}`));
        expect(events.map((e) => e.summary)).toEqual([`${x.ahead}30`, `${x.ahead}7`, x.day].map(oneKindOfBreak));
        expect(events.map((e) => e.alarm)).toEqual([`30${x.alarm}`, `7${x.alarm}`, x.alarmDay].map(oneKindOfBreak));
      }),
      { numRuns: 400 },
    );
  });

  it('a control character or a lone surrogate anywhere in a text: the error names it', () => {
    fc.assert(
      fc.property(plainText, hostileChar, plainText, (a, bad, b) => {
        const text = { ...STRINGS.en.calendar, summaryDay: `${a}${bad}${b}` };
        const r = buildReminderCalendar({ expiry: '2027-06-30', daysBefore: [], today: '2026-11-29', now: NOW, guideUrl: 'https://help.teamspace.example/', text });
        expect(r.ok).toBe(false);
        const code = `U+${forbiddenInText(`${a}${bad}${b}`)!.toString(16).toUpperCase().padStart(4, '0')}`;
        expect(r).toMatchObject({ ok: false, error: 'character' });
        expect(r.ok ? '' : r.char).toMatch(new RegExp(`^${code.replace('+', '\\+')}( [A-Z ]+)?$`));
      }),
      { numRuns: 200 },
    );
    const r = buildReminderCalendar({ expiry: '2027-06-30', daysBefore: [], today: '2026-11-29', now: NOW, guideUrl: 'https://x.example/\u0001', text: STRINGS.de.calendar });
    expect(r).toEqual({ ok: false, error: 'character', char: 'U+0001 START OF HEADING' });
  });

  it('escaping and folding alone: the value comes back from ical.js, lines within 75 octets, no character cut', () => {
    fc.assert(
      fc.property(plainText, fc.nat({ max: 74 }), (value, pad) => {
        if (forbiddenInText(value) !== null) {
          expect(() => escapeText(value)).toThrow();
          return;
        }
        // Padding moves the fold points across the value, so every character meets a fold somewhere.
        const line = foldLine(`SUMMARY;X-PAD=${'p'.repeat(pad)}:${escapeText(value)}`);
        const ics = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20270101\r\n${line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
        expectWellFormedLines(ics);
        expect(parsed(ics)[0].summary).toBe(oneKindOfBreak(value));
      }),
      { numRuns: 400 },
    );
  });
});

describe('hostile options: a file or a clear error, never a throw', () => {
  const anyDate = fc.oneof(isoDates, fc.string({ maxLength: 12 }), fc.constantFrom('2027-02-30', '1999-12-31', '2300-01-01', '0000-00-00', '2027-6-30', '+02027-06-30', '2027-06-30\n', 'NaN-NaN-NaN'));
  const anyOffsets = fc.array(fc.oneof(fc.constantFrom(...REMINDER_CHOICES), fc.integer(), fc.double(), fc.constantFrom(0, -1, 366, 367, 1e9, Number.MAX_SAFE_INTEGER, NaN, Infinity, 0.5)), { maxLength: 8 });
  const anyNow = fc.oneof(fc.date(), fc.constant(new Date(NaN)), fc.constant(new Date(8.64e15)), fc.constant(new Date(-8.64e15)));
  const anyApp = fc.option(fc.oneof(fc.constant(GUID), fc.uuid(), fc.string({ unit: 'binary', maxLength: 40 }), fc.constant(`${GUID}\r\nATTENDEE:mailto:x@example.com`)), { nil: undefined });
  const anyLocale = fc.oneof(fc.constantFrom('en-GB', 'de-DE', 'en-US'), fc.string({ maxLength: 10 }));

  it('every ok result parses back with its planned dates', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyOffsets, anyNow, anyApp, anyLocale, plainText, (expiry, today, daysBefore, now, appId, dateLocale, guideUrl) => {
        const opts: CalendarOptions = { expiry, today, daysBefore, now, appId, guideUrl, text: { ...STRINGS.en.calendar, dateLocale } };
        const r = buildReminderCalendar(opts);
        if (!r.ok) {
          expect(['date', 'now', 'offset', 'appId', 'locale', 'character']).toContain(r.error);
          return;
        }
        expectWellFormedLines(r.ics);
        const events = parsed(r.ics);
        expect(events.map((e) => e.start)).toEqual(r.reminders.map((x) => x.date));
        expect(events[events.length - 1].start).toBe(expiry);
        for (const [i, x] of r.reminders.entries()) {
          expect(x.date).toBe(shift(expiry, -x.daysBefore));
          expect(events[i].end).toBe(shift(x.date, 1));
        }
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['an impossible expiry date', { expiry: '2027-02-30' }, 'date'],
    ['an expiry date the field would not accept', { expiry: '2300-01-01' }, 'date'],
    ['today that is no date', { today: 'yesterday' }, 'date'],
    ['an invalid moment', { now: new Date(NaN) }, 'now'],
    ['an offset of a million days', { daysBefore: [30, 1_000_000] }, 'offset'],
    ['an offset that is not a whole day', { daysBefore: [0.5] }, 'offset'],
    ['NaN as an offset', { daysBefore: [NaN] }, 'offset'],
    ['an application ID with a line break and a property after it', { appId: `${GUID}\r\nATTENDEE:mailto:x@example.com` }, 'appId'],
    ['a locale that is no language tag', { text: { ...STRINGS.en.calendar, dateLocale: 'no such locale!' } }, 'locale'],
  ] as const)('%s: a clear error, no file', (_, change, error) => {
    const base: CalendarOptions = { expiry: '2027-06-30', daysBefore: [30, 7], today: '2026-11-29', now: NOW, guideUrl: 'https://help.teamspace.example/', text: STRINGS.en.calendar };
    expect(buildReminderCalendar({ ...base, ...change } as CalendarOptions)).toEqual({ ok: false, error });
  });

  it('the first and the last day the field accepts still make a file (no year 1999 or 2300 surprises)', () => {
    const base = { now: NOW, guideUrl: 'https://help.teamspace.example/', text: STRINGS.de.calendar };
    const first = ok(buildReminderCalendar({ ...base, expiry: '2000-01-01', daysBefore: [90], today: '2000-01-01' }));
    expect(parsed(first.ics).map((e) => e.start)).toEqual(['2000-01-01']);
    expect(first.skipped).toEqual([90]);
    const last = ok(buildReminderCalendar({ ...base, expiry: '2299-12-31', daysBefore: [90, 1], today: '2026-11-29' }));
    expect(parsed(last.ics).map((e) => [e.start, e.end])).toEqual([
      ['2299-10-02', '2299-10-03'],
      ['2299-12-30', '2299-12-31'],
      ['2299-12-31', '2300-01-01'],
    ]);
  });
});
