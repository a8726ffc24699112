/**
 * The three measurements of the layout gate, run inside the page in one call
 * (`page.evaluate(measureLayout, scope)`): the function is self-contained, as
 * Playwright sends its source to the browser.
 *
 * - overflow: the page is wider than the viewport, or an element inside `scope` is
 *   wider than its own box (scrollWidth > clientWidth + 1 px). Elements meant to
 *   scroll (overflow-x auto or scroll, e.g. code blocks) and everything inside them are
 *   left out, and so are form fields (a long value scrolls inside its field) and text
 *   cut on purpose with an ellipsis.
 * - cell-word: a table cell narrower than one of its words: the cell's content is wider
 *   than the cell, or a word wraps across lines or sticks out (measured with a Range per
 *   word). A word may break after a hyphen, a slash, a soft hyphen or a zero-width space
 *   (where the text offers a break); everything else is one word.
 * - overlap: the boxes of two sibling elements that carry text intersect (by more than
 *   1 px both ways). Two inline siblings in one run of text are not compared (they
 *   share lines by nature); an inline element is measured by its line boxes.
 */

export type LayoutCheck = 'page-overflow' | 'overflow' | 'cell-word' | 'overlap';

export interface LayoutProblem {
  check: LayoutCheck;
  /** The element, readable: tag#id.class[data-…] "its text…" (in tool #id). */
  element: string;
  detail: string;
}

export interface LayoutScope {
  /** CSS selector of the region whose elements are checked (e.g. "main"). */
  scope: string;
}

export function measureLayout({ scope }: LayoutScope): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const TOL = 1;
  // Styles and boxes do not change while measuring: read each once.
  const styles = new Map<Element, CSSStyleDeclaration>();
  const style = (el: Element): CSSStyleDeclaration => {
    let cs = styles.get(el);
    if (!cs) styles.set(el, (cs = getComputedStyle(el)));
    return cs;
  };
  const rects = new Map<Element, DOMRect>();
  const rect = (el: Element): DOMRect => {
    let r = rects.get(el);
    if (!r) rects.set(el, (r = el.getBoundingClientRect()));
    return r;
  };

  const describe = (el: Element): string => {
    const part = (e: Element) => {
      let s = e.tagName.toLowerCase();
      if (e.id) s += `#${e.id}`;
      const classes = Array.from(e.classList).slice(0, 2);
      if (classes.length) s += '.' + classes.join('.');
      const data = Array.from(e.attributes).find((a) => a.name.startsWith('data-') && a.name !== 'data-enable');
      if (data) s += `[${data.name}${data.value && data.value.length < 30 ? `="${data.value}"` : ''}]`;
      return s;
    };
    const chain: string[] = [];
    for (let e: Element | null = el; e && chain.length < 3 && e !== document.body; e = e.parentElement) chain.unshift(part(e));
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const tool = el.closest('.ts-tool');
    return `${chain.join(' > ')}${text ? ` "${text.length > 50 ? text.slice(0, 50) + '…' : text}"` : ''}${tool ? ` (in tool #${tool.id})` : ''}`;
  };

  const visible = (el: Element): boolean => {
    const r = rect(el);
    if (r.width <= 1 || r.height <= 1) return false;
    const cs = style(el);
    return cs.visibility !== 'hidden' && cs.opacity !== '0';
  };
  const scrolls = (el: Element): boolean => {
    const x = style(el).overflowX;
    return x === 'auto' || x === 'scroll';
  };
  const roots = Array.from(document.querySelectorAll(scope));
  /** Inside an element that scrolls on purpose (between it and the scope root, or the body). */
  const insideScroller = (el: Element, toBody = false): boolean => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      if (scrolls(e)) return true;
      if (!toBody && roots.includes(e)) return false;
    }
    return false;
  };

  const all = roots.flatMap((r) => [r, ...Array.from(r.querySelectorAll('*'))]);

  // 1. The page: wider than the viewport. Named by the outermost elements that stick out.
  const doc = document.documentElement;
  const vw = doc.clientWidth;
  if (doc.scrollWidth > vw + TOL) {
    const out = Array.from(document.body.querySelectorAll('*')).filter(
      (e) => visible(e) && rect(e).right > vw + TOL && !insideScroller(e, true),
    );
    const outer = out.filter((e) => !out.some((o) => o !== e && o.contains(e)));
    problems.push({
      check: 'page-overflow',
      element: outer.length ? outer.slice(0, 3).map(describe).join(' | ') : 'html',
      detail: `page is ${doc.scrollWidth}px wide in a ${vw}px viewport` + (outer.length ? `; sticks out to ${Math.round(rect(outer[0]).right)}px` : ''),
    });
  }

  // 2. Elements wider than their own box. The innermost ones are named, with what sticks out.
  const FIELD = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'OPTION']);
  const over = all.filter((el) => {
    if (FIELD.has(el.tagName) || el.clientWidth === 0 || !visible(el)) return false;
    if (scrolls(el) || insideScroller(el)) return false;
    const cs = style(el);
    if (cs.textOverflow === 'ellipsis') return false;
    return el.scrollWidth > el.clientWidth + TOL;
  });
  // A table and its rows overflow only through their cells: those are reported as cell-word below.
  const TABLE_PART = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION']);
  for (const el of over) {
    if (TABLE_PART.has(el.tagName)) continue;
    if (over.some((o) => o !== el && el.contains(o) && !TABLE_PART.has(o.tagName))) continue;
    const box = rect(el);
    const inner = box.left + el.clientLeft + el.clientWidth;
    let widest: Element | null = null;
    let right = inner;
    for (const c of Array.from(el.querySelectorAll('*'))) {
      const r = rect(c);
      if (r.width > 0 && r.right > right + TOL) {
        right = r.right;
        widest = c;
      }
    }
    if (!widest) {
      // No element sticks out: is it text? If neither text nor an element reaches past the
      // box, only an invisible pseudo-element does (Starlight's enlarged touch area of a
      // heading's anchor link): nothing to see, nothing to report.
      // Text in a visually hidden element (a 1 px screen-reader label) does not count.
      let textRight = -Infinity;
      const texts = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let t = texts.nextNode(); t; t = texts.nextNode()) {
        if (!t.parentElement || !visible(t.parentElement) || !t.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(t);
        for (const r of Array.from(range.getClientRects())) textRight = Math.max(textRight, r.right);
      }
      if (textRight <= inner + TOL) continue;
    }
    problems.push({
      check: 'overflow',
      element: describe(el),
      detail: `content ${el.scrollWidth}px wide in a ${el.clientWidth}px box (overflow-x: ${style(el).overflowX})` + (widest ? `; sticks out: ${describe(widest)}` : ''),
    });
  }

  // 3. Table cells narrower than their longest word.
  /** Hidden for the eye but kept for screen readers (clipped, as the column heads of a table stacked into cards). */
  const clipped = (el: Element): boolean => {
    for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
      const cs = style(e);
      if ((cs.clipPath && cs.clipPath !== 'none') || (cs.clip && cs.clip !== 'auto')) return true;
    }
    return false;
  };
  const cells = all.filter((el) => el.matches('td, th, [role="cell"], [role="gridcell"], [role="rowheader"], [role="columnheader"]') && visible(el) && !clipped(el));
  const cellsByTable = new Map<Element, { count: number; first: string }>();
  for (const cell of cells) {
    const cs = style(cell);
    const box = rect(cell);
    const left = box.left + cell.clientLeft + parseFloat(cs.paddingLeft);
    const right = box.left + cell.clientLeft + cell.clientWidth - parseFloat(cs.paddingRight);
    const found: string[] = [];
    if (cell.scrollWidth > cell.clientWidth + TOL && !scrolls(cell)) found.push(`content ${cell.scrollWidth}px wide in a ${cell.clientWidth}px cell`);
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node && found.length < 3; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || !visible(parent)) continue;
      // Text inside an element of the cell that scrolls on purpose (a code block) is not a word of the cell.
      let scroller = false;
      for (let e: Element | null = parent; e && e !== cell; e = e.parentElement) if (scrolls(e)) scroller = true;
      if (scroller) continue;
      // Code that keeps its line breaks and wraps a long line inside the cell on purpose
      // (the web.xml change table) has no words to keep whole; its overflow is still checked above.
      const ps = style(parent);
      if ((ps.whiteSpace === 'pre-wrap' || ps.whiteSpace === 'break-spaces') && ps.overflowWrap === 'anywhere') continue;
      const text = node.data;
      const words = /\S+/g;
      for (let m = words.exec(text); m && found.length < 3; m = words.exec(text)) {
        // Split at the places where a word may break: after - / soft hyphen, zero-width space.
        const pieces = m[0].split(/(?<=[-/\u00ad\u200b\u2010\u2011])/);
        let at = m.index;
        for (const piece of pieces) {
          const start = at;
          at += piece.length;
          const word = piece.replace(/[\u00ad\u200b]/g, '');
          if (word.length < 2) continue;
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, start + piece.length);
          const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0.5);
          if (rects.length === 0) continue;
          const tops = rects.map((r) => r.top).sort((x, y) => x - y);
          const lines = tops.filter((t, k) => k === 0 || t - tops[k - 1] > 3).length;
          const wordLeft = Math.min(...rects.map((r) => r.left));
          const wordRight = Math.max(...rects.map((r) => r.right));
          if (lines > 1) found.push(`"${word}" breaks across ${lines} lines in a cell ${Math.round(right - left)}px wide`);
          else if (wordRight > right + TOL || wordLeft < left - TOL) found.push(`"${word}" (${Math.round(wordRight - wordLeft)}px) sticks out of a cell ${Math.round(right - left)}px wide`);
        }
      }
    }
    if (found.length) {
      const table = cell.closest('table, [role="table"], [role="grid"]') ?? cell;
      const prior = cellsByTable.get(table);
      if (prior) prior.count++;
      else cellsByTable.set(table, { count: 1, first: `${describe(cell)}: ${found.join('; ')}` });
    }
  }
  for (const [table, { count, first }] of cellsByTable) {
    problems.push({ check: 'cell-word', element: describe(table), detail: `${count} cell${count === 1 ? '' : 's'} narrower than a word, first: ${first}` });
  }

  // 4. Overlapping text: sibling elements that carry text whose boxes intersect.
  const bearsText = (el: Element): boolean =>
    FIELD.has(el.tagName) || el.tagName === 'BUTTON' || (el.textContent ?? '').trim() !== '';
  const boxes = (el: Element): DOMRect[] =>
    style(el).display === 'inline' ? Array.from(el.getClientRects()).filter((r) => r.width > 1 && r.height > 1) : [rect(el)];
  const intersect = (a: DOMRect, b: DOMRect): boolean =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOL && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOL;
  for (const parent of all) {
    const kids = Array.from(parent.children).filter((c) => bearsText(c) && visible(c));
    if (kids.length < 2) continue;
    const info = kids.map((k) => ({ el: k, inline: style(k).display === 'inline', boxes: boxes(k) }));
    for (let i = 0; i < info.length; i++) {
      for (let j = i + 1; j < info.length; j++) {
        const a = info[i];
        const b = info[j];
        if (a.inline && b.inline) continue;
        if (a.boxes.some((ra) => b.boxes.some((rb) => intersect(ra, rb)))) {
          problems.push({ check: 'overlap', element: `${describe(a.el)} ⟷ ${describe(b.el)}`, detail: 'the boxes of these sibling elements intersect' });
        }
      }
    }
  }
  return problems;
}
