// @ts-check
/**
 * The security gate of the build (astro:build:done): for every generated HTML file it
 * moves the CSP <meta> to the top of <head>, checks every inline script, style, event
 * handler and URL against the page's own policy (csp-check.mjs) and fails the build
 * with the list of problems; then it writes the policy shared by all pages, plus the
 * header-only directives, into dist/_headers next to the fixed headers from public/_headers.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPage, formatPolicy, hoistPolicyMetas, parsePolicy, unitePolicies } from './csp-check.mjs';
import { formatHeaders, parseHeaders, withHeader } from './headers.mjs';
import { HEADER_ONLY_DIRECTIVES } from './policy.mjs';

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** @returns {import('astro').AstroIntegration} */
export default function securityGate() {
  return {
    name: 'teamspace:security-gate',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = [];
        const problems = [];
        const files = htmlFiles(out);
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          const hoisted = hoistPolicyMetas(html);
          if (hoisted !== html) writeFileSync(file, hoisted);
          const result = checkPage(hoisted, relative(out, file).split(sep).join('/'));
          problems.push(...result.problems);
          if (result.policy) policies.push(result.policy);
        }
        if (problems.length) {
          throw new Error(`Content Security Policy check failed (${problems.length}):\n  ${problems.join('\n  ')}`);
        }
        const headerPolicy = unitePolicies([...policies, parsePolicy(HEADER_ONLY_DIRECTIVES.join('; '))]);
        const headersFile = join(out, '_headers');
        const fixed = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
        writeFileSync(headersFile, formatHeaders(withHeader(fixed, '/*', 'Content-Security-Policy', formatPolicy(headerPolicy))));
        logger.info(`${files.length} pages keep to their Content Security Policy; _headers written`);
      },
    },
  };
}
