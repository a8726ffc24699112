/**
 * One check from input to everything the page shows: the text read from a file (or
 * the pasted text), the report, and the corrected file as text, as bytes and as a
 * line diff. Runs in the Web Worker (worker.ts), and in the page where no worker runs.
 */
import { checkWebXml, type Report } from './check';
import { diffEdits, type DiffLine } from './diff';
import type { FindingId } from './findings';
import { applyToBytes, applyToText, fromText, readBytes, type Encoding, type Source } from './source';

export interface AnalyseInput {
  /** A dropped or picked file's bytes; wins over `text`. */
  bytes?: Uint8Array;
  text?: string;
  installationUrl?: string;
}

export interface Analysis {
  /** The text that was checked (a file's decoded text), null when the bytes could not be read
   *  (and in the worker's reply for pasted text, which the page already has). */
  text: string | null;
  encoding: Encoding | null;
  report: Report;
  fixed: { text: string; bytes: Uint8Array; diff: DiffLine[][] } | null;
}

export function analyse(input: AnalyseInput): Analysis {
  let source: Source;
  if (input.bytes) {
    const read = readBytes(input.bytes);
    if ('problem' in read) {
      const { problem, ...values } = read;
      const report: Report = {
        findings: [{ id: problem as FindingId, severity: 'error', values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])) }],
        version: null,
        redirectUri: null,
        fix: null,
        fixNeedsUrl: false,
      };
      return { text: null, encoding: null, report, fixed: null };
    }
    source = read;
  } else source = fromText(input.text ?? '');
  const report = checkWebXml(source, { installationUrl: input.installationUrl });
  const edits = report.fix?.edits ?? [];
  let fixed: Analysis['fixed'] = null;
  if (edits.length) {
    const text = applyToText(source.text, edits);
    fixed = { text, bytes: applyToBytes(source, edits, text), diff: diffEdits(source.text, edits) };
  }
  return { text: source.text, encoding: source.encoding, report, fixed };
}
