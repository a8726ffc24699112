import { describe, expect, it } from 'vitest';
import { checkFlag, checkGuid, checkObjectId, checkTenant } from '../../src/lib/validators';

describe('checkGuid', () => {
  it('accepts a GUID with spaces around and lower-cases it', () => {
    expect(checkGuid('  6F1C2D3E-4A5B-4C6D-8E7F-9A0B1C2D3E4F ')).toEqual({ ok: true, value: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', warnings: [] });
  });
  it.each([
    ['', 'required'],
    ['{6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f}', 'guidBraces'],
    ['6f1c2d3e4a5b4c6d8e7f9a0b1c2d3e4f', 'guid'],
    ['6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4g', 'guid'],
  ])('%j -> %s', (raw, error) => {
    expect(checkGuid(raw)).toEqual({ ok: false, error });
  });
});

describe('checkTenant', () => {
  it.each(['contoso.onmicrosoft.com', 'CONTOSO.onmicrosoft.com', '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f'])('accepts %s', (v) => {
    expect(checkTenant(v).ok).toBe(true);
  });
  it('explains a custom domain', () => {
    expect(checkTenant('contoso.com')).toEqual({ ok: false, error: 'tenantCustomDomain' });
  });
  it('rejects junk', () => {
    expect(checkTenant("x'; rm")).toEqual({ ok: false, error: 'tenant' });
  });
});

describe('checkObjectId', () => {
  it('warns when it equals the Application ID', () => {
    const id = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
    expect(checkObjectId(id, id.toUpperCase())).toEqual({ ok: true, value: id, warnings: ['objectEqualsApp'] });
  });
});

describe('checkFlag', () => {
  it('reads 1/0 and refuses other words', () => {
    expect(checkFlag('1')).toMatchObject({ ok: true, value: true });
    expect(checkFlag('0')).toMatchObject({ ok: true, value: false });
    expect(checkFlag('maybe')).toEqual({ ok: false, error: 'flag' });
  });
});
