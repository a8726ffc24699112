import type { Finding } from './decode';

/**
 * The short text a link carries for these findings: decoding it finds the same
 * errors again, without the pasted text (which may hold addresses or IDs).
 */
export function linkValue(findings: readonly Finding[]): string {
  return findings.map((f) => (f.kind === 'known' ? f.entry.key : f.code)).join('\n');
}
