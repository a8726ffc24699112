import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { escapeText, foldLine, icsUtcDateTime, joinLines, property } from '../../src/tools/reminder/ics';
import { ALARM_TRIGGER, buildReminderCalendar as build, PRODID, type CalendarOptions } from '../../src/tools/reminder/calendar';
import { checkExpiry, planReminders } from '../../src/tools/reminder/expiry';
import { STRINGS } from '../../src/tools/reminder/strings';

/** The builder's file; these options are all valid, so a refusal fails the test. */
function buildReminderCalendar(opts: CalendarOptions) {
  const r = build(opts);
  if (!r.ok) throw new Error(`no calendar: ${r.error}`);
  return r;
}

const octets = (s: string) => new TextEncoder().encode(s).length;

/** Undo folding the way RFC 5545 section 3.1 says: remove CRLF followed by one space. */
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('escapes the backslash first, so an existing "\\n" text stays literal', () => {
    expect(escapeText('C:\\new')).toBe('C:\\\\new');
  });
  it('leaves colons, quotes and umlauts alone', () => {
    expect(escapeText('Zertifikate & Geheimnisse: „Wert“ "x"')).toBe('Zertifikate & Geheimnisse: „Wert“ "x"');
  });
  it('refuses control characters that TEXT cannot carry', () => {
    expect(() => escapeText('a\u0000b')).toThrow();
    expect(() => escapeText('a\u001bb')).toThrow();
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets unfolded', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });
  it('folds at 75 octets with CRLF and one space', () => {
    const folded = foldLine('X'.repeat(76));
    expect(folded).toBe(`${'X'.repeat(75)}\r\n X`);
  });
  it('never splits a multi-byte character, and no physical line exceeds 75 octets', () => {
    // 74 ASCII octets, then "ü" (2 octets) would end at 76: it must move to the next line whole.
    const line = `${'a'.repeat(74)}ü${'ö'.repeat(60)}😀€`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical[0]).toBe('a'.repeat(74));
    for (const p of physical) expect(octets(p)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(line);
    // Decoding the bytes of every physical line alone must not produce replacement characters.
    for (const p of physical) expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(p))).toBe(p);
  });
  it('round-trips any text: unfolding gives the original, every line within 75 octets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldLine(line);
        expect(unfold(folded)).toBe(line);
        for (const p of folded.split('\r\n')) expect(octets(p)).toBeLessThanOrEqual(75);
      }),
      { numRuns: 300 },
    );
  });
  it('a long German text with umlauts, commas, semicolons and backslashes survives escaping, folding and a real parser', () => {
    const text =
      'Größenänderung; Prüfen Sie bitte, ob „Zertifikate & Geheimnisse“ übernommen wurden\\ Pfad C:\\Programme\\teamspace, Schlüssel; Ablauf, Überblick: äöüÄÖÜß'.repeat(3);
    const ics = joinLines(['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'BEGIN:VEVENT', 'UID:x@y', 'DTSTAMP:20260101T000000Z', 'DTSTART;VALUE=DATE:20270101', property('DESCRIPTION', escapeText(text)), 'END:VEVENT', 'END:VCALENDAR']);
    for (const p of ics.split('\r\n')) expect(octets(p)).toBeLessThanOrEqual(75);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('description')).toBe(text);
  });
});

describe('icsUtcDateTime', () => {
  it('writes the UTC form with Z', () => {
    expect(icsUtcDateTime(new Date('2026-11-29T06:05:07.123Z'))).toBe('20261129T060507Z');
  });
});

describe('checkExpiry', () => {
  const today = '2026-11-29';
  it('accepts ISO and German dates and returns ISO', () => {
    expect(checkExpiry('2027-06-30', today)).toEqual({ ok: true, value: '2027-06-30', warnings: [] });
    expect(checkExpiry(' 30.6.2027 ', today)).toEqual({ ok: true, value: '2027-06-30', warnings: [] });
  });
  it('rejects dates that do not exist', () => {
    expect(checkExpiry('2027-02-29', today)).toEqual({ ok: false, error: 'dateInvalid' });
    expect(checkExpiry('2027-13-01', today)).toEqual({ ok: false, error: 'dateInvalid' });
    expect(checkExpiry('31.04.2027', today)).toEqual({ ok: false, error: 'dateInvalid' });
    expect(checkExpiry('2028-02-29', today).ok).toBe(true);
  });
  it('reads US dates month first (as Entra shows them in en-US) and explains the order when that is no date', () => {
    expect(checkExpiry('06/30/2027', today)).toEqual({ ok: true, value: '2027-06-30', warnings: [] });
    expect(checkExpiry('30/06/2027', today)).toEqual({ ok: false, error: 'dateMonthFirst' });
  });
  it('rejects other formats and empty input', () => {
    expect(checkExpiry('2027/06/30', today)).toEqual({ ok: false, error: 'dateFormat' });
    expect(checkExpiry('tomorrow', today)).toEqual({ ok: false, error: 'dateFormat' });
    expect(checkExpiry('', today)).toEqual({ ok: false, error: 'required' });
  });
  it('warns when the date is today or past, but keeps it', () => {
    expect(checkExpiry('2026-11-28', today)).toEqual({ ok: true, value: '2026-11-28', warnings: ['datePast'] });
    expect(checkExpiry('2026-11-29', today)).toEqual({ ok: true, value: '2026-11-29', warnings: ['dateToday'] });
  });
});

describe('planReminders', () => {
  it('plans the chosen offsets, earliest first, plus the expiry day; past ones are skipped', () => {
    const plan = planReminders('2027-01-10', [7, 30, 7, 60], '2026-11-29');
    expect(plan.reminders).toEqual([
      { date: '2026-12-11', daysBefore: 30 },
      { date: '2027-01-03', daysBefore: 7 },
      { date: '2027-01-10', daysBefore: 0 },
    ]);
    expect(plan.skipped).toEqual([60]);
  });
  it('crosses month and leap-year boundaries correctly', () => {
    expect(planReminders('2028-03-01', [1], '2026-01-01').reminders[0].date).toBe('2028-02-29');
  });
});

describe('buildReminderCalendar, parsed with ical.js', () => {
  const now = new Date('2026-11-29T06:00:00Z');
  const base = { expiry: '2027-06-30', daysBefore: [30, 7], today: '2026-11-29', now, guideUrl: 'https://help.teamspace.example/microsoft-app-registration/notes/' };

  for (const locale of ['en', 'de'] as const) {
    it(`(${locale}) has VERSION, PRODID, CRLF only, and one all-day event per reminder with one alarm`, () => {
      const text = STRINGS[locale].calendar;
      const { ics, fileName } = buildReminderCalendar({ ...base, text, appId: '6F1C2D3E-4A5B-4C6D-8E7F-9A0B1C2D3E4F' });
      expect(fileName).toBe('teamspace-client-secret-2027-06-30.ics');
      expect(ics.endsWith('\r\n')).toBe(true);
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const p of ics.split('\r\n')) expect(octets(p)).toBeLessThanOrEqual(75);

      const cal = new ICAL.Component(ICAL.parse(ics));
      expect(cal.getFirstPropertyValue('version')).toBe('2.0');
      expect(cal.getFirstPropertyValue('prodid')).toBe(PRODID);
      const events = cal.getAllSubcomponents('vevent');
      expect(events).toHaveLength(3);

      const starts = events.map((e) => new ICAL.Event(e).startDate);
      expect(starts.map((d) => d.isDate)).toEqual([true, true, true]);
      expect(starts.map((d) => d.toString())).toEqual(['2027-05-31', '2027-06-23', '2027-06-30']);
      const ends = events.map((e) => new ICAL.Event(e).endDate.toString());
      expect(ends).toEqual(['2027-06-01', '2027-06-24', '2027-07-01']);

      const uids = events.map((e) => e.getFirstPropertyValue('uid'));
      expect(new Set(uids).size).toBe(3);
      for (const e of events) {
        const stamp = e.getFirstPropertyValue('dtstamp') as ICAL.Time;
        expect(stamp.zone?.tzid).toBe('UTC');
        expect(stamp.toJSDate().toISOString()).toBe('2026-11-29T06:00:00.000Z');
        const alarms = e.getAllSubcomponents('valarm');
        expect(alarms).toHaveLength(1);
        expect(alarms[0].getFirstPropertyValue('action')).toBe('DISPLAY');
        expect((alarms[0].getFirstPropertyValue('trigger') as ICAL.Duration).toString()).toBe(ALARM_TRIGGER);
        expect(alarms[0].getFirstPropertyValue('description')).toBeTruthy();
      }

      const event = new ICAL.Event(events[0]);
      expect(event.summary).toContain('30');
      // The description says what to do, in the page's language, with the ID of the registration.
      const description = event.description;
      expect(description).toContain('6F1C2D3E-4A5B-4C6D-8E7F-9A0B1C2D3E4F');
      expect(description).toContain(base.guideUrl);
      if (locale === 'en') {
        expect(description).toContain('Certificates & secrets > New client secret');
        expect(description).toContain('Configuration > General > Interfaces');
        expect(description).toContain('30 June 2027');
      } else {
        expect(description).toContain('Zertifikate & Geheimnisse > Neuer geheimer Clientschlüssel');
        expect(description).toContain('Konfiguration > Allgemein > Schnittstellen');
        expect(description).toContain('30. Juni 2027');
      }
      expect(description.split('\n').length).toBeGreaterThan(5);
    });
  }

  it('regenerating the file for the same secret keeps the UIDs (re-import updates, not doubles)', () => {
    const text = STRINGS.en.calendar;
    const a = buildReminderCalendar({ ...base, text });
    const b = buildReminderCalendar({ ...base, text, now: new Date('2027-01-01T00:00:00Z') });
    const uids = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
    expect(uids(a.ics)).toEqual(uids(b.ics));
  });

  it('leaves out reminders that would be in the past and says which', () => {
    const text = STRINGS.de.calendar;
    const r = buildReminderCalendar({ ...base, expiry: '2026-12-10', text });
    expect(r.skipped).toEqual([30]);
    expect(new ICAL.Component(ICAL.parse(r.ics)).getAllSubcomponents('vevent')).toHaveLength(2);
  });
});
