/**
 * Budget tables flattened to rows (seed 004: 合计 2165.98 153.56 2287.19 98.61% 7.09%):
 * cells are mapped to the column names found in the header above the row.
 */
import type { Block, ReportDocument } from '../../../model/document';
import { labelKey, kindFits, type Measure } from './figure-key';
import type { Mention } from './mention';
import type { Subject } from '../../../claims/types';
import { DEPARTMENT } from '../../../claims/subject';
import { scaleOf } from './scale';

interface Cell {
  text: string;
  start: number;
  end: number;
  /** The one quantity filling the cell (a unit word or two may follow: 4人数), if any. */
  mention?: Mention;
}

/** The cells of a table row with their offsets in the text. */
export function rowCells(text: string, block: Block, mentions: Mention[]): Cell[] {
  const cells: Cell[] = [];
  let from = block.span.start;
  for (const c of block.cells ?? []) {
    const at = text.indexOf(c, from);
    if (at < 0 || at >= block.span.end) return [];
    const cell: Cell = { text: c, start: at, end: at + c.length };
    const inside = mentions.filter((m) => m.q.start >= cell.start && m.q.end <= cell.end);
    const only = inside[0];
    // a comparator may lead the cell (≥80次, ＜5%): the number is still the cell's value
    const lead = only ? text.slice(cell.start, only.q.start) : '';
    if (inside.length === 1 && only && (lead === '' || /^[≥≤＞＜><=＝]$/.test(lead)) && cell.end - only.q.end <= 2) cell.mention = only;
    cells.push(cell);
    from = cell.end;
  }
  return cells;
}

const COLUMN_NAMES = /年初预算数|年初预算|调整后预算数|调整后预算|全年预算数|预算调整数|调整数|预算数|实际支出数|实际支出|执行数|决算数|支出数|预算完成率|预算执行率|完成率|执行率|预算调整率|调整率/g;

/** The column measures named in a header text, in order. */
function columnNames(header: string): Array<{ name: string; measure: Measure }> {
  const out: Array<{ name: string; measure: Measure }> = [];
  for (const m of header.matchAll(COLUMN_NAMES)) {
    const measure = labelKey(m[0])?.measure;
    if (measure) out.push({ name: m[0], measure });
  }
  return out;
}

const UNIT_NOTE = /单位[：:]\s*(万元|亿元|千元|元)/g;

/** The money unit declared above a table (单位：万元), within a few hundred characters. */
function tableUnit(text: string, before: number): string | null {
  let unit: string | null = null;
  for (const m of text.slice(Math.max(0, before - 800), before).matchAll(UNIT_NOTE)) unit = m[1]!;
  return unit;
}

const TOTAL_ROW = /^(合计|总计)$/;
const DEPARTMENT_HEADER = /整体|资金来源|部门预算|单位预算/;

export interface BudgetRow {
  block: number;
  /** '' for a 合计/总计 row under a department-wide header, else 'row:<first cell>'. */
  subject: string;
  cells: Array<{ mention: Mention; measure: Measure; name: string }>;
}

/**
 * Maps the quantity cells of table rows to the budget columns of the header above
 * (looking back a few blocks); sets each mapped mention's key, column and unit.
 */
export function mapBudgetRows(doc: ReportDocument, text: string, byBlock: Map<number, Mention[]>): BudgetRow[] {
  const rows: BudgetRow[] = [];
  doc.blocks.forEach((block, bi) => {
    if (block.kind !== 'table-row') return;
    let cells = rowCells(text, block, byBlock.get(bi) ?? []);
    // a serial number in the first cell (序号 1, 2, 3 …) is not a figure of the row
    const serial = cells[0]?.mention;
    if (serial && serial.q.unit === null && serial.q.decimals === 0 && serial.q.value.lt(1000) && !serial.q.separators && cells.length >= 3) cells = cells.slice(1);
    const numeric = cells.filter((c) => c.mention);
    if (numeric.length < 2) return;
    const header = headerFor(doc, text, bi, numeric.length);
    if (!header) return;
    const { names, departmentWide, headerBlock } = header;
    const mapped = numeric.map((c, i) => ({ mention: c.mention!, measure: names[i]!.measure, name: names[i]!.name }));
    const fits = mapped.every(({ mention, measure }) =>
      measure === 'executionRate' || measure === 'adjustmentRate' ? mention.q.kind === 'percent' : mention.q.unit === null || kindFits(measure, mention.q.kind),
    );
    if (!fits) return;
    const first = cells[0];
    const label = first && !first.mention ? first.text.replace(/\s+/g, '') : '';
    // A 合计 row is the department's figure only under a header that says so (整体, 资金来源);
    // otherwise (a table of projects) it is the table's own total.
    const total = departmentWide ? '' : `row:合计#${headerBlock}`;
    const subject = TOTAL_ROW.test(label) ? total : `row:${label || `#${bi}`}`;
    const unit = tableUnit(text, block.span.start);
    const typed: Subject = TOTAL_ROW.test(label)
      ? departmentWide
        ? DEPARTMENT
        : { kind: 'tableRow', table: headerBlock, row: label, total: true }
      : { kind: 'tableRow', table: headerBlock, row: label || `第${bi - headerBlock}行`, total: false };
    for (const c of mapped) {
      c.mention.key = { subject, measure: c.measure };
      c.mention.subject = typed;
      c.mention.reason = 'explicit';
      c.mention.column = c.name;
      if (c.mention.q.unit === null && c.measure !== 'executionRate' && c.measure !== 'adjustmentRate') {
        c.mention.unit = unit;
        c.mention.scale = scaleOf(unit, 'amount');
      }
    }
    rows.push({ block: bi, subject, cells: mapped });
  });
  return rows;
}

/**
 * The column names of the header right above block `bi` (past other rows of the same
 * table): the first block that is not a table row must name exactly `n` budget columns.
 */
function headerFor(doc: ReportDocument, text: string, bi: number, n: number) {
  for (let j = bi - 1; j >= Math.max(0, bi - 8); j--) {
    const b = doc.blocks[j]!;
    const names = columnNames(text.slice(b.span.start, b.span.end));
    if (names.length === n) return { names, departmentWide: DEPARTMENT_HEADER.test(text.slice(b.span.start, b.span.end)), headerBlock: j };
    if (b.kind !== 'table-row' || names.length > 0) return null;
  }
  return null;
}
