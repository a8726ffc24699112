import { describe, expect, it } from 'vitest';
import { checkMailboxes, isMailboxAddress, parseMailboxes } from '../../src/lib/mailboxes';

describe('parseMailboxes', () => {
  it('splits on lines, commas, semicolons and spaces', () => {
    const list = parseMailboxes('a@contoso.com\nb@contoso.com, c@contoso.com;d@contoso.com e@contoso.com\r\n\tf@contoso.com');
    expect(list.addresses).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `${x}@contoso.com`));
    expect(list.invalid).toEqual([]);
  });

  it('reads "Name <address>" as copied from Outlook, quoted names with commas included', () => {
    const list = parseMailboxes('"Smith, John" <john.smith@contoso.com>; Info Desk <info@contoso.com>, <support@contoso.com>');
    expect(list.addresses).toEqual(['john.smith@contoso.com', 'info@contoso.com', 'support@contoso.com']);
    expect(list.invalid).toEqual([]);
  });

  it('keeps an address written before its angle form and removes the repeat', () => {
    const list = parseMailboxes('info@contoso.com <info@contoso.com>');
    expect(list.addresses).toEqual(['info@contoso.com']);
    expect(list.duplicates).toEqual(['info@contoso.com']);
  });

  it('names invalid entries instead of dropping them', () => {
    const list = parseMailboxes('info@contoso.com, john, a@b, x@@y.com, <broken@, .dot@contoso.com');
    expect(list.addresses).toEqual(['info@contoso.com']);
    expect(list.invalid).toEqual(['john', 'a@b', 'x@@y.com', '<broken@', '.dot@contoso.com']);
  });

  it('removes duplicates case-insensitively, keeping the first spelling, and reports them', () => {
    const list = parseMailboxes('Info@Contoso.com\ninfo@contoso.com; INFO@CONTOSO.COM, sales@contoso.com');
    expect(list.addresses).toEqual(['Info@Contoso.com', 'sales@contoso.com']);
    expect(list.duplicates).toEqual(['info@contoso.com', 'INFO@CONTOSO.COM']);
  });

  it('accepts non-ASCII addresses and quotes in the local part', () => {
    expect(parseMailboxes("jürgen.müller@bäckerei-groß.de o'brien@contoso.com").addresses).toEqual(['jürgen.müller@bäckerei-groß.de', "o'brien@contoso.com"]);
  });

  it('is empty for blank input', () => {
    expect(parseMailboxes(' \n ,; ')).toEqual({ addresses: [], invalid: [], duplicates: [] });
  });
});

describe('isMailboxAddress', () => {
  it.each(['a@contoso.com', 'first.last+tag@sub.contoso.co.uk', 'x@xn--bcher-kva.example', 'ä@ö.de'])('%s is valid', (a) => {
    expect(isMailboxAddress(a)).toBe(true);
  });
  it.each(['', 'a', '@contoso.com', 'a@', 'a@contoso', 'a@contoso.c', 'a b@contoso.com', 'a..b@contoso.com', 'a@-contoso.com', 'a\u0000@contoso.com', 'a@contoso.com\u200b', `${'a'.repeat(65)}@contoso.com`])(
    '%j is not',
    (a) => {
      expect(isMailboxAddress(a)).toBe(false);
    },
  );
});

describe('checkMailboxes', () => {
  it('is required, fails while any entry is invalid, and passes the parsed list', () => {
    expect(checkMailboxes(' ')).toEqual({ ok: false, error: 'required' });
    expect(checkMailboxes('a@contoso.com, nope')).toEqual({ ok: false, error: 'mailboxes' });
    const ok = checkMailboxes('a@contoso.com A@contoso.com');
    expect(ok.ok && ok.value).toEqual({ addresses: ['a@contoso.com'], invalid: [], duplicates: ['A@contoso.com'] });
  });
});
