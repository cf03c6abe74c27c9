import { JixiaoError } from './errors';
import { LIMITS } from './limits';

/**
 * The checks of the limits in limits.ts that more than one surface needs (API routes, CLI,
 * ingestion). Each is linear in its input and throws the limit's code with a message that
 * names the limit and, where it helps, the field.
 */

/** Longest number in `text`, in digits: digits joined by single separators (1,234.56 → 6) count as one number. */
function longestNumberDigits(text: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) {
      run++;
      if (run > best) best = run;
    } else if ((c === 44 || c === 46 || c === 0xff0c || c === 0xff0e) && run > 0 && isDigitAt(text, i + 1)) {
      // a separator between digits keeps the number going
    } else run = 0;
  }
  return best;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** Refuses a number longer than LIMITS.numberDigits; `where` names the place for the message. */
export function assertNumberDigits(text: string, where = '报告'): void {
  const digits = longestNumberDigits(text);
  if (digits > LIMITS.numberDigits) {
    throw new JixiaoError('NUMBER_TOO_LONG', `${where}中有一个 ${digits} 位的数字，超过 ${LIMITS.numberDigits} 位数字的上限：请检查是否误粘贴了一长串数字。`, {
      limit: LIMITS.numberDigits,
      found: digits,
    });
  }
}

/** Refuses a report text longer than LIMITS.reportChars (`chars` as counted by the caller). */
export function assertReportChars(chars: number, where = '报告'): void {
  if (chars > LIMITS.reportChars) {
    throw new JixiaoError(
      'REPORT_TOO_LONG',
      `${where}正文有 ${chars.toLocaleString('en-US')} 字，超过 ${LIMITS.reportChars / 10_000} 万字的上限：自评报告通常不超过 6 万字，请只提交报告本身（不含附件汇编）。`,
      { limit: LIMITS.reportChars, found: chars },
    );
  }
}

/** Refuses more than LIMITS.references reference reports. */
export function assertReferenceCount(count: number): void {
  if (count > LIMITS.references) {
    throw new JixiaoError('TOO_MANY_REFERENCES', `提交了 ${count} 份参照报告，超过 ${LIMITS.references} 份的上限：请分批比对，或把往年报告加入报告库后用“与报告库比对”。`, {
      limit: LIMITS.references,
      found: count,
    });
  }
}

/** Refuses a list with more than `max` items; `name` is its Chinese name. */
function assertListLength(list: unknown, name: string, max: number = LIMITS.listItems): void {
  if (Array.isArray(list) && list.length > max) {
    throw new JixiaoError('TOO_MANY_ITEMS', `${name}有 ${list.length} 项，超过 ${max} 项的上限。`, { limit: max, found: list.length, field: name });
  }
}

interface JsonLimitOptions {
  /** Chinese name of the request for messages ("数据（figures）", "起草请求"). */
  what: string;
  /** Check digit runs in strings and numbers (default true). */
  digits?: boolean;
}

/**
 * Walks a parsed JSON value without recursion: nesting depth, the length of every list and
 * (optionally) the digits of every number, so that no later step meets an input beyond them.
 */
export function assertJsonWithinLimits(value: unknown, opts: JsonLimitOptions): void {
  const stack: Array<{ v: unknown; depth: number; path: string }> = [{ v: value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { v, depth, path } = stack.pop()!;
    if (depth > LIMITS.jsonDepth) throw new JixiaoError('JSON_TOO_DEEP', undefined, { limit: LIMITS.jsonDepth });
    if (typeof v === 'string' || typeof v === 'number') {
      if (opts.digits !== false) assertNumberDigits(String(v), `${opts.what}${path ? `的 ${path}` : ''}`);
    } else if (Array.isArray(v)) {
      assertListLength(v, `${opts.what}${path ? `的 ${path}` : '列表'}`);
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], depth: depth + 1, path: `${path}[${i}]` });
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      assertListLength(entries, `${opts.what}${path ? `的 ${path}` : ''}（对象字段）`);
      for (const [k, x] of entries) stack.push({ v: x, depth: depth + 1, path: path ? `${path}.${k}` : k });
    }
  }
}

/**
 * A draft request within the limits: the generic JSON limits, then at most
 * LIMITS.draftHighlights highlights and LIMITS.draftProjects projects (each is drafted text).
 */
export function assertDraftWithinLimits(input: unknown): void {
  assertJsonWithinLimits(input, { what: '起草请求' });
  if (input === null || typeof input !== 'object') return;
  const r = input as { highlights?: unknown; figures?: { projects?: unknown } };
  assertListLength(r.highlights, '工作要点（highlights）', LIMITS.draftHighlights);
  assertListLength(r.figures?.projects, '起草请求中的重点项目（figures.projects）', LIMITS.draftProjects);
}
