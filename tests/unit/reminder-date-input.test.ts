import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRealDate, monthOf, parseDateInput } from '../../src/tools/reminder/date-input';

const dec1 = { ok: true, value: { year: 2027, month: 12, day: 1 } };

describe('parseDateInput: the forms Entra shows', () => {
  it.each([
    ['12/1/2027', 'en-US short, month first'],
    ['12/01/2027', 'en-US short with leading zero'],
    ['Dec 1, 2027', 'en-US medium'],
    ['December 1, 2027', 'en-US long'],
    ['Dec. 1 2027', 'abbreviation with a dot, no comma'],
    ['2027-12-01', 'ISO'],
    ['2027-12-1', 'ISO without leading zero'],
    ['1.12.2027', 'German'],
    ['01.12.2027', 'German with leading zeros'],
    ['1. Dezember 2027', 'German long'],
    ['1. Dez. 2027', 'German medium'],
    ['1 December 2027', 'British long'],
    ['  1.12.2027 ', 'surrounding spaces'],
    ['dec   1,  2027', 'lower case and extra spaces'],
  ])('%s (%s) is 1 December 2027', (input) => {
    expect(parseDateInput(input)).toEqual(dec1);
  });

  it('reads German and English month names, März and Mai included', () => {
    expect(parseDateInput('3. März 2028')).toEqual({ ok: true, value: { year: 2028, month: 3, day: 3 } });
    expect(parseDateInput('15. Mai 2028')).toEqual({ ok: true, value: { year: 2028, month: 5, day: 15 } });
    expect(parseDateInput('Sept 9, 2028')).toEqual({ ok: true, value: { year: 2028, month: 9, day: 9 } });
    expect(parseDateInput('1. Okt. 2028')).toEqual({ ok: true, value: { year: 2028, month: 10, day: 1 } });
  });
});

describe('parseDateInput: ambiguous, impossible and unreadable input', () => {
  it('a slash date that is no date month first says the order, not just "invalid"', () => {
    expect(parseDateInput('13/45/2027')).toEqual({ ok: false, error: 'dateMonthFirst' });
    expect(parseDateInput('25/12/2027')).toEqual({ ok: false, error: 'dateMonthFirst' });
    expect(parseDateInput('2/30/2027')).toEqual({ ok: false, error: 'dateMonthFirst' });
  });
  it('days that do not exist are invalid in every form', () => {
    expect(parseDateInput('31.2.2027')).toEqual({ ok: false, error: 'dateInvalid' });
    expect(parseDateInput('2027-02-29')).toEqual({ ok: false, error: 'dateInvalid' });
    expect(parseDateInput('Feb 30, 2027')).toEqual({ ok: false, error: 'dateInvalid' });
    expect(parseDateInput('31. April 2027')).toEqual({ ok: false, error: 'dateInvalid' });
    expect(parseDateInput('0.12.2027')).toEqual({ ok: false, error: 'dateInvalid' });
    expect(parseDateInput('1.12.1999')).toEqual({ ok: false, error: 'dateInvalid' });
    expect(parseDateInput('29.2.2028')).toEqual({ ok: true, value: { year: 2028, month: 2, day: 29 } });
  });
  it('anything else is not a readable date', () => {
    for (const input of ['', 'tomorrow', '1.12.27', '12/1/27', '2027/12/01', 'Foo 1, 2027', 'Ma 1, 2027', '1.12.2027 10:00', '12-1-2027', '١٢/١/٢٠٢٧']) {
      expect(parseDateInput(input), input).toEqual({ ok: false, error: 'dateFormat' });
    }
  });
  it('monthOf needs three letters and knows both languages', () => {
    expect(monthOf('ju')).toBeNull();
    expect(monthOf('Jun')).toBe(6);
    expect(monthOf('Jul.')).toBe(7);
    expect(monthOf('mär')).toBe(3);
    expect(monthOf('Dez')).toBe(12);
    expect(monthOf('decembre')).toBeNull();
  });
});

describe('parseDateInput: every real date, in every numeric form, reads back as itself', () => {
  it('ISO, German and US forms agree (property)', () => {
    const day = fc.record({ year: fc.integer({ min: 2000, max: 2299 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) });
    fc.assert(
      fc.property(day, ({ year, month, day: d }) => {
        const forms = [`${year}-${month}-${d}`, `${d}.${month}.${year}`, `${month}/${d}/${year}`];
        const real = isRealDate(year, month, d);
        for (const form of forms) {
          const r = parseDateInput(form);
          if (real) expect(r).toEqual({ ok: true, value: { year, month, day: d } });
          else expect(r.ok).toBe(false);
        }
      }),
    );
  });
});
