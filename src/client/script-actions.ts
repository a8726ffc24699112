/**
 * "Copy" and "Download" of a tool that writes a PowerShell script (setup script,
 * calendar scoping, connection test): both need a complete script. Until there is one,
 * a press shows the tool's "fix first" message, says it, and moves to the first field
 * to fix. The markup: `[data-copy]`, `[data-download]` and `[data-fix]` inside the tool.
 */
import { wireCopyButton } from './copy-button';
import { downloadAndSay } from './download';
import { frameOf } from './tool-frame';
import { ps1File } from '../lib/powershell';

export interface ScriptActions {
  /** The .ps1 file's name. */
  fileName: string;
  /** The script while it is complete, else null. */
  script: () => string | null;
  /** Shows every field's message and returns the first field to fix (null: none to focus). */
  firstProblem: () => HTMLElement | null;
  /** "Fix the marked fields first", shown in `[data-fix]` and announced. */
  fixFirst: string;
}

export function wireScriptActions(tool: HTMLElement, { fileName, script, firstProblem, fixFirst }: ScriptActions): void {
  const find = <T extends HTMLElement>(selector: string) => {
    const found = tool.querySelector<T>(selector);
    if (!found) throw new Error(`${tool.localName}: missing ${selector}`);
    return found;
  };
  const fix = find('[data-fix]');
  const ready = (): string | null => {
    const text = script();
    if (text !== null) return text;
    firstProblem()?.focus();
    fix.hidden = false;
    frameOf(tool)?.say(fixFirst);
    return null;
  };
  wireCopyButton(find<HTMLButtonElement>('[data-copy]'), ready);
  const download = find<HTMLButtonElement>('[data-download]');
  download.addEventListener('click', () => {
    const text = ready();
    if (text !== null) downloadAndSay(download, fileName, ps1File(text), 'text/plain;charset=utf-8');
  });
}
