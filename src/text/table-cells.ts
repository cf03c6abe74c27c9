import { WS_RUN } from './chars';

/** A cell that is a number, optionally with a short unit: 2165.98, 98.61%, 5批, 242人, 95%以上. */
const NUMERIC_CELL = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|‰|[\u4e00-\u9fff]{1,3})?(?:以上|以下|左右)?$/;

/** A token a PDF split off a number it belongs to: "2021 年", "3,363.37 万元", "85 %". */
const UNIT_START = /^(?:年|月|日|万|亿|元|件|篇|次|人|个|名|批|项|份|分|户|条|天|家|所|场|期|%|‰)/;

/** A short token starting with a unit ("次", "万元", "人数"): it belongs to the bare number before it. */
const UNIT_TOKEN = new RegExp(`${UNIT_START.source}.{0,2}$`);

const SENTENCE_PUNCT = /[。；！？，;!?]/;

/**
 * Splits a line of a flattened table into cells, or returns null when the
 * line is prose. Cells are separated by whitespace in extracted text, so a row
 * is recognised by having numeric cells and no sentence punctuation.
 */
export function splitTableCells(line: string): string[] | null {
  const t = line.trim();
  if (t === '' || SENTENCE_PUNCT.test(t)) return null;
  const cells = glueUnits(t.split(WS_RUN).filter((c) => c !== ''));
  if (cells.length < 2) return null;
  let numeric = 0;
  for (let i = 0; i < cells.length; i++) {
    const next = cells[i + 1];
    if (NUMERIC_CELL.test(cells[i]!) && !(next !== undefined && UNIT_START.test(next))) numeric++;
  }
  if (numeric === 0) return null;
  if (numeric < 2 && cells.length < 3) return null;
  return cells;
}

/** Re-attaches units that extraction split off their numbers: ["6", "次"] → ["6次"]. */
function glueUnits(tokens: string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev !== undefined && UNIT_TOKEN.test(t) && /^[\d.,]+$/.test(prev)) out[out.length - 1] = prev + t;
    else out.push(t);
  }
  return out;
}
