import { describe, expect, it } from 'vitest';
import { checkPage, formatPolicy, hoistPolicyMetas, parsePolicy, unitePolicies } from '../../integrations/security/csp-check.mjs';
import { cspHash, inlineScriptHashesOf, inlineScriptsInAstroSource, starlightRoot } from '../../integrations/security/inline-scripts.mjs';
import { formatHeaders, parseHeaders, toNginx, withHeader } from '../../integrations/security/headers.mjs';
import { cspDirectives } from '../../integrations/security/policy.mjs';
import { liveCheckCsp } from '../../src/tools/registration/config';

const THEME = "document.documentElement.dataset.theme = 'dark';";

function page(policy: string, body: string, head = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body>${body}</body></html>`;
}
const BASE = "default-src 'self'; object-src 'none'; base-uri 'self'";

describe('checkPage', () => {
  it('accepts an inline script whose hash the policy lists', () => {
    const html = page(`${BASE}; script-src 'self' '${cspHash(THEME)}'`, `<script>${THEME}</script><script type="module" src="/_astro/a.js"></script>`);
    expect(checkPage(html).problems).toEqual([]);
  });

  it('fails on an inline script the policy does not list, naming its hash', () => {
    const html = page(`${BASE}; script-src 'self' '${cspHash('other()')}'`, `\n<script>${THEME}</script>`);
    const { problems } = checkPage(html, 'tools/index.html');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('tools/index.html:2');
    expect(problems[0]).toContain(cspHash(THEME));
    expect(problems[0]).toContain('is:inline');
  });

  it('compares the hash with the algorithm the policy uses', () => {
    const html = page(`${BASE}; script-src 'self' '${cspHash(THEME, 'sha384')}'`, `<script>${THEME}</script>`);
    expect(checkPage(html).problems).toEqual([]);
  });

  it('checks inline scripts against script-src-elem when there is one', () => {
    const html = page(`${BASE}; script-src 'self' '${cspHash(THEME)}'; script-src-elem 'self'`, `<script>${THEME}</script>`);
    expect(checkPage(html).problems).toHaveLength(1);
  });

  it('ignores JSON data blocks, which never run', () => {
    const html = page(`${BASE}; script-src 'self'`, '<script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script>');
    expect(checkPage(html).problems).toEqual([]);
  });

  it('fails on event handler attributes and javascript: URLs', () => {
    const html = page(`${BASE}; script-src 'self'`, '<button onclick="go()">x</button><a href=" javascript:alert(1)">y</a>');
    const { problems } = checkPage(html);
    expect(problems.some((p) => p.includes('onclick'))).toBe(true);
    expect(problems.some((p) => p.includes('javascript: URL'))).toBe(true);
  });

  it('fails on scripts from other origins and on unsafe sources', () => {
    const html = page(`${BASE}; script-src 'self' 'unsafe-inline' 'unsafe-eval'`, '<script src="https://cdn.example.com/x.js"></script>');
    const { problems } = checkPage(html);
    expect(problems.some((p) => p.includes("allows 'unsafe-inline'"))).toBe(true);
    expect(problems.some((p) => p.includes("allows 'unsafe-eval'"))).toBe(true);
    expect(problems.some((p) => p.includes('outside the site'))).toBe(true);
  });

  it('fails on unhashed inline styles, a missing object-src and a page without policy', () => {
    expect(checkPage(page(`${BASE}; style-src 'self'`, '<style>a{}</style>')).problems[0]).toContain('inline <style>');
    expect(checkPage(page("default-src 'self'; base-uri 'self'", '')).problems[0]).toContain('object-src');
    expect(checkPage('<!DOCTYPE html><html><head></head><body><script>x()</script></body></html>').problems[0]).toContain('no <meta');
  });

  it('fails when something loads before the policy', () => {
    const html = `<!DOCTYPE html><html><head><link rel="stylesheet" href="/a.css"><meta http-equiv="content-security-policy" content="${BASE}"></head><body></body></html>`;
    expect(checkPage(html).problems[0]).toContain('before the CSP');
  });
});

describe('hoistPolicyMetas', () => {
  it('moves the CSP and referrer metas right after <meta charset>', () => {
    const html =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><script>a()</script>' +
      `<meta name="referrer" content="no-referrer"><link rel="stylesheet" href="/a.css"><meta http-equiv="content-security-policy" content="${BASE}"></head><body></body></html>`;
    const out = hoistPolicyMetas(html);
    expect(out).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="content-security-policy" content="${BASE}">` +
        '<title>t</title><script>a()</script><link rel="stylesheet" href="/a.css"></head><body></body></html>',
    );
    expect(hoistPolicyMetas(out)).toBe(out);
  });
});

describe('policies', () => {
  it('parses, formats and unites directive lists', () => {
    const a = parsePolicy("script-src 'self' 'sha256-A'; img-src 'self'");
    const b = parsePolicy("script-src 'self' 'sha256-B'; frame-ancestors 'none'");
    expect(formatPolicy(unitePolicies([a, b]))).toBe("script-src 'self' 'sha256-A' 'sha256-B'; img-src 'self'; frame-ancestors 'none'");
  });
});

describe('inline script hashes from component sources', () => {
  it('takes the verbatim text of is:inline scripts only', () => {
    const source = [
      '---\nconst a = 1;\n---',
      `<script is:inline>\n\t${THEME}\n</script>`,
      '<script>import "./bundled";</script>',
      '<script is:inline define:vars={{ a }}>use(a)</script>',
      '<script is:inline src="/x.js"></script>',
      '<script is:inline type="application/json">{}</script>',
      '{show && <script is:inline aria-hidden="true">restore()</script>}',
    ].join('\n');
    expect(inlineScriptsInAstroSource(source)).toEqual([`\n\t${THEME}\n`, 'restore()']);
  });

  it("finds Starlight's inline scripts (theme, search shortcut, sidebar state)", () => {
    expect(inlineScriptHashesOf(starlightRoot()).length).toBeGreaterThanOrEqual(5);
  });
});

describe('_headers and nginx', () => {
  const text = '# comment\n/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n';

  it('reads, extends and writes the _headers format', () => {
    const rules = withHeader(parseHeaders(text), '/*', 'Content-Security-Policy', "default-src 'self'");
    expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
    expect(rules[0].headers.at(-1)).toEqual(['Content-Security-Policy', "default-src 'self'"]);
    expect(withHeader(rules, '/*', 'content-security-policy', "default-src 'none'")[0].headers.filter(([n]) => /content-security/i.test(n))).toHaveLength(1);
  });

  it('repeats the site-wide headers in an nginx location, which does not inherit them', () => {
    const nginx = toNginx(parseHeaders(text));
    expect(nginx).toContain('add_header X-Content-Type-Options "nosniff" always;');
    const location = nginx.slice(nginx.indexOf('location ^~ /_astro/ {'));
    expect(location).toContain('  add_header Referrer-Policy "no-referrer" always;');
    expect(location).toContain('  add_header Cache-Control "public, max-age=31536000, immutable" always;');
  });

  it('refuses values nginx would interpolate', () => {
    expect(() => toNginx(parseHeaders('/*\n  X-Test: a$b\n'))).toThrow(/nginx/);
  });
});

describe('sign-in origins', () => {
  it('allows no origin outside the site while the live check is off', () => {
    const directives = cspDirectives(liveCheckCsp({}));
    expect(directives).toContain("connect-src 'self'");
    expect(directives).toContain("frame-src 'self'");
    expect(directives.join(';')).not.toMatch(/microsoft/);
  });

  it("allows Microsoft's sign-in and Graph origins once a client ID is configured", () => {
    const directives = cspDirectives(liveCheckCsp({ PUBLIC_MSAL_CLIENT_ID: '11111111-2222-4333-8444-555555555555' }));
    expect(directives).toContain("connect-src 'self' https://login.microsoftonline.com https://graph.microsoft.com");
    expect(directives).toContain("frame-src 'self' https://login.microsoftonline.com");
  });

  it('takes the origins of PUBLIC_MSAL_AUTHORITY and PUBLIC_GRAPH_BASE', () => {
    const extra = liveCheckCsp({ PUBLIC_MSAL_CLIENT_ID: 'x', PUBLIC_MSAL_AUTHORITY: 'https://localhost:4533/tenant/', PUBLIC_GRAPH_BASE: 'https://localhost:4533/graph/v1.0' });
    expect(extra).toEqual({ 'connect-src': ['https://localhost:4533'], 'frame-src': ['https://localhost:4533'] });
  });

  it('refuses a malformed or plain-http origin', () => {
    expect(() => liveCheckCsp({ PUBLIC_MSAL_CLIENT_ID: 'x', PUBLIC_MSAL_AUTHORITY: 'login.microsoftonline.com' })).toThrow(/PUBLIC_MSAL_AUTHORITY/);
    expect(() => liveCheckCsp({ PUBLIC_MSAL_CLIENT_ID: 'x', PUBLIC_GRAPH_BASE: 'http://graph.example.com' })).toThrow(/https/);
  });
});
