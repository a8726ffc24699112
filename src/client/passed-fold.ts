/**
 * Checker output people can read: failures and warnings stay in the open list, passes fold
 * into one "n checks passed" line that opens (a native <details>/<summary>: reachable with
 * the keyboard, announced as a collapsed or expanded button by screen readers).
 */
import { el } from './dom';

const RANK: Record<string, number> = { error: 0, warning: 1 };

/** Problems first (failures, then warnings), each group in its original order. */
export function problemsFirst<T extends { severity: string }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => item.severity in RANK)
    .sort((a, b) => RANK[a.item.severity]! - RANK[b.item.severity]! || a.i - b.i)
    .map(({ item }) => item);
}

/**
 * Put the folded line for the passes into `slot`; hidden when nothing passed. The <details>
 * is made once and then only refilled, so a line the reader opened stays open while the
 * result is checked again (on every keystroke, on leaving the field).
 */
export function renderPassedFold(slot: Element, label: string, items: readonly Node[], listClass: string): HTMLDetailsElement {
  let fold = slot.querySelector<HTMLDetailsElement>(':scope > details[data-passed]');
  if (!fold) {
    fold = el('details', { class: 'ts-passed', 'data-passed': '' }, el('summary'), el('ul', { class: listClass }));
    slot.replaceChildren(fold);
  }
  fold.querySelector('summary')!.textContent = label;
  fold.querySelector('ul')!.replaceChildren(...items);
  fold.hidden = items.length === 0;
  return fold;
}
