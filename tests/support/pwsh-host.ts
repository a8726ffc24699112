/**
 * A long-lived PowerShell 7 process for tests (tests/ps/host.ps1): it parses scripts with
 * PowerShell's own parser and runs them against the stub modules of tests/ps/stubs, many
 * requests per process, since starting pwsh costs about a second. One process per test
 * worker: `PwshHost.shared()`; requests are answered in order.
 *
 *   const ps = PwshHost.shared();
 *   const [parsed] = await ps.parse([script]);      // errors, strings, commands, ps7Only
 *   const run = await ps.run(script, { tenant });   // calls, tenant, host, warnings, failure
 *
 * Which pwsh: tests/pwsh.mjs (PWSH_PATH, PATH, ~/.dotnet/tools).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { pwshPath } from '../pwsh.mjs';

const HOST_SCRIPT = resolve(dirname(fileURLToPath(import.meta.url)), '../ps/host.ps1');
const MARKER = '\u0001PSHOST ';

export interface ParseError {
  message: string;
  line: number;
  column: number;
  id: string;
}

/** A StringConstantExpressionAst or ExpandableStringExpressionAst of the script. */
export interface PsString {
  /** StringConstantType (SingleQuoted, DoubleQuoted, BareWord, SingleQuotedHereString, ...), "Expandable…" for expandable strings. */
  kind: string;
  /** The value PowerShell reads. */
  value: string;
  /** The source text, quotes included. */
  text: string;
  line: number;
  /** Offset in the script; strings come in this order. */
  offset: number;
  /** Type name of the parent AST node. */
  parent: string;
  /** When the parent is a command: its name. */
  command: string | null;
}

export interface PsCommand {
  name: string | null;
  parameters: string[];
  line: number;
  text: string;
}

export interface Parsed {
  errors: ParseError[];
  strings: PsString[];
  commands: PsCommand[];
  /** Constructs Windows PowerShell 5.1 lacks (??, ?:, &&, ||, ?., -Parallel, clean {}, ...). */
  ps7Only: { what: string; line: number; text: string }[];
  comments: string[];
  /** Names of the functions the script defines. */
  functions: string[];
  /** .NET type names the script writes ([Math]::Max, [string]$x, [System.Exception]$e, ...). */
  types: string[];
}

/** One cmdlet call recorded by a stub: name, parameter set and bound parameters. */
export interface StubCall {
  cmdlet: string;
  set: string;
  params: Record<string, unknown>;
}

export interface RunResult {
  ok: boolean;
  /** The terminating error that stopped the script, if any. */
  failure: { message: string; type: string; line: number | null; errorId: string | null } | null;
  calls: StubCall[];
  /** The stub tenant after the run (see tests/ps/stubs/TenantStub). */
  tenant: Record<string, any>;
  /** Write-Host output, in order. */
  host: string[];
  warnings: string[];
  /** Non-terminating errors. */
  errors: string[];
  output: (string | null)[];
  /** Wall time of the script in milliseconds (for the bench, never asserted). */
  ms: number;
}

export interface RunOptions {
  /** The stub tenant before the run; missing parts are filled with an empty tenant. */
  tenant?: Record<string, unknown>;
  /** Script parameters, by name. */
  arguments?: Record<string, unknown>;
}

type Pending = { resolve: (v: any) => void; reject: (e: Error) => void };

export class PwshHost {
  static #shared: PwshHost | null = null;

  /** The process shared by all tests of this worker; started on first use. */
  static shared(): PwshHost {
    PwshHost.#shared ??= new PwshHost();
    return PwshHost.#shared;
  }

  /** Whether a PowerShell 7 is there at all (the suite is left out without one). */
  static available(): boolean {
    return pwshPath() !== undefined;
  }

  readonly #child: ChildProcessWithoutNullStreams;
  readonly #pending = new Map<number, Pending>();
  readonly #ready: Promise<string>;
  #next = 1;
  #stderr = '';

  /** `hostScript`: the path of tests/ps/host.ps1, for callers bundled elsewhere (the bench). */
  constructor(options: { hostScript?: string } = {}) {
    const exe = pwshPath();
    if (!exe) throw new Error('No PowerShell 7 found (see tests/pwsh.mjs): set PWSH_PATH or install it.');
    // Scripts may start a second PowerShell process by name (pwsh): keep this one on PATH.
    const env = { ...process.env, PATH: `${dirname(exe)}${delimiter}${process.env.PATH ?? ''}`, POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off' };
    this.#child = spawn(exe, ['-NoLogo', '-NoProfile', '-NonInteractive', '-File', options.hostScript ?? HOST_SCRIPT], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.#child.stderr.setEncoding('utf8').on('data', (d: string) => (this.#stderr = (this.#stderr + d).slice(-4000)));
    let readyResolve!: (v: string) => void;
    let readyReject!: (e: Error) => void;
    this.#ready = new Promise((res, rej) => ((readyResolve = res), (readyReject = rej)));
    this.#pending.set(0, { resolve: (v) => readyResolve(v.version), reject: readyReject });
    const lines = createInterface({ input: this.#child.stdout.setEncoding('utf8') });
    lines.on('line', (line) => {
      if (!line.startsWith(MARKER)) return;
      const msg = JSON.parse(line.slice(MARKER.length));
      const p = this.#pending.get(msg.id);
      if (!p) return;
      this.#pending.delete(msg.id);
      if (msg.id === 0) p.resolve(msg);
      else if (msg.error) p.reject(new Error(`PowerShell host: ${msg.error}`));
      else p.resolve(msg.result);
    });
    this.#child.on('exit', (code) => {
      const err = new Error(`PowerShell host exited (${code}). ${this.#stderr}`);
      for (const p of this.#pending.values()) p.reject(err);
      this.#pending.clear();
    });
    // Never keep the test process alive just for this child.
    this.#child.unref();
    (this.#child.stdin as unknown as { unref?: () => void }).unref?.();
    (this.#child.stdout as unknown as { unref?: () => void }).unref?.();
    (this.#child.stderr as unknown as { unref?: () => void }).unref?.();
  }

  /** The PowerShell version, once the process is up. */
  version(): Promise<string> {
    return this.#ready;
  }

  #request<T>(op: string, body: Record<string, unknown>): Promise<T> {
    const id = this.#next++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#child.stdin.write(JSON.stringify({ id, op, ...body }) + '\n');
    });
  }

  /** Parse scripts with [System.Management.Automation.Language.Parser]::ParseInput, in one request. */
  parse(scripts: readonly string[]): Promise<Parsed[]> {
    return this.#request('parse', { scripts });
  }

  /** Run a script as a .ps1 file against the stubs, in a fresh runspace. */
  run(script: string, options: RunOptions = {}): Promise<RunResult> {
    return this.#request('run', { script, tenant: options.tenant ?? null, arguments: options.arguments ?? null });
  }

  /** Evaluate PowerShell and return its output (converted to JSON by the host). */
  eval<T = unknown>(script: string): Promise<{ output: T[]; errors: string[] }> {
    return this.#request('eval', { script });
  }

  close(): void {
    this.#child.stdin.end();
  }
}
