/**
 * Page furniture: page numbers and running headers/footers, dropped before paragraphs are built.
 */
import type { Line } from './lines';

const DASH = '-–—－―~～·•_';
const EXPLICIT_PAGE_NUMBER = [
  new RegExp(`^[${DASH}]\\s*\\d{1,4}\\s*[${DASH}]$`), // - 3 -, — 3 —, -3-
  /^第\s*\d{1,4}\s*页(?:\s*[,，、/|]?\s*共\s*\d{1,4}\s*页)?$/, // 第 3 页, 第3页 共10页
  /^共\s*\d{1,4}\s*页\s*[,，、/|]?\s*第\s*\d{1,4}\s*页$/, // 共10页 第3页
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/, // 3/10
  /^(?:page\s*)?\d{1,4}\s*(?:of|\/)\s*\d{1,4}$/i, // Page 3 of 10
  /^page\s*\d{1,4}$/i,
];
const BARE_NUMBER = /^\d{1,4}$/;

/** Whether a line's text has the shape of a page number. */
export function looksLikePageNumber(text: string): 'explicit' | 'bare' | undefined {
  const t = text.trim();
  if (BARE_NUMBER.test(t)) return 'bare';
  return EXPLICIT_PAGE_NUMBER.some((re) => re.test(t)) ? 'explicit' : undefined;
}

/** How many lines at each end of a page may be furniture. */
const EDGE_LINES = 2;

/** Text with digits and spaces collapsed, so "第 3 页" and "第 4 页" compare equal. */
function furnitureKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/** Removes page numbers and running headers/footers from each page's lines (top to bottom). */
export function removePageFurniture(pages: readonly Line[][]): Line[][] {
  const drop = pages.map(() => new Set<Line>());
  markRunning(pages, drop);
  markPageNumbers(pages, drop);
  return pages.map((lines, i) => lines.filter((l) => !drop[i]!.has(l)));
}

function edgeLines(lines: readonly Line[]): { line: Line; side: 'top' | 'bottom' }[] {
  const top = lines.slice(0, EDGE_LINES).map((line) => ({ line, side: 'top' as const }));
  const bottomStart = Math.max(EDGE_LINES, lines.length - EDGE_LINES);
  const bottom = lines.slice(bottomStart).map((line) => ({ line, side: 'bottom' as const }));
  return [...top, ...bottom];
}

/** Identical text (digits aside) at the same top/bottom position on most pages. */
function markRunning(pages: readonly Line[][], drop: Set<Line>[]): void {
  const withText = pages.filter((p) => p.length > 0).length;
  if (withText < 2) return;
  const need = withText === 2 ? 2 : Math.max(2, Math.ceil(withText * 0.5));
  const groups = new Map<string, { page: number; line: Line }[]>();
  pages.forEach((lines, page) => {
    for (const { line, side } of edgeLines(lines)) {
      const k = `${side}|${furnitureKey(line.text)}`;
      const list = groups.get(k) ?? [];
      list.push({ page, line });
      groups.set(k, list);
    }
  });
  for (const list of groups.values()) {
    if (new Set(list.map((e) => e.page)).size < need) continue;
    const ys = list.map((e) => e.line.y).sort((a, b) => a - b);
    const mid = ys[Math.floor(ys.length / 2)]!;
    const near = list.filter((e) => Math.abs(e.line.y - mid) <= Math.max(3, e.line.size * 0.5));
    if (new Set(near.map((e) => e.page)).size < need) continue;
    for (const e of near) drop[e.page]!.add(e.line);
  }
}

/** A page-number-shaped line alone at the top or bottom of its page. */
function markPageNumbers(pages: readonly Line[][], drop: Set<Line>[]): void {
  const bare: { page: number; line: Line; isolated: boolean; offset: number }[] = [];
  pages.forEach((all, page) => {
    const lines = all.filter((l) => !drop[page]!.has(l));
    const candidates =
      lines.length <= 1
        ? [{ line: lines[0], neighbour: undefined }]
        : [
            { line: lines[0], neighbour: lines[1] },
            { line: lines[lines.length - 1], neighbour: lines[lines.length - 2] },
          ];
    for (const { line, neighbour } of candidates) {
      if (line === undefined) continue;
      const shape = looksLikePageNumber(line.text);
      if (shape === 'explicit') drop[page]!.add(line);
      else if (shape === 'bare') {
        const gap = neighbour === undefined ? Infinity : Math.abs(neighbour.y - line.y);
        const isolated = gap > 2.2 * Math.max(line.size, neighbour?.size ?? 0);
        bare.push({ page, line, isolated, offset: Number(line.text.trim()) - (page + 1) });
      }
    }
  });
  // A bare number counts when it is set apart from the text, or numbers run with the pages.
  const offsets = new Map<number, number>();
  for (const b of bare) offsets.set(b.offset, (offsets.get(b.offset) ?? 0) + 1);
  for (const b of bare) {
    if (b.isolated || (offsets.get(b.offset) ?? 0) >= 2) drop[b.page]!.add(b.line);
  }
}
