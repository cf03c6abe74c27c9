/**
 * /assets/marks.js — pure functions (no DOM) behind the review view: names of rule families
 * and severities, cutting a block of text into segments at finding boundaries (overlaps
 * split, never dropped), table cell offsets, and the two sides of a repetition diff.
 * Unit-tested in Node (src/web/client/marks.test.ts).
 */
export const MARKS_JS = String.raw`
export const FAMILIES = [
  { id: 'duplicate', label: '查重', long: '重复与雷同段落' },
  { id: 'number', label: '核数', long: '数字核对' },
  { id: 'usage', label: '用法', long: '数字用法' },
  { id: 'structure', label: '结构', long: '结构与格式' },
];
export const SEVERITIES = [
  { id: 'error', label: '错误' },
  { id: 'warning', label: '警告' },
  { id: 'info', label: '提示' },
];
const RULES = {
  'duplicate/within-report': '报告内部重复',
  'duplicate/against-reference': '与参照报告雷同',
  'duplicate/corpus': '与报告库雷同',
  'duplicate/against-corpus': '与报告库雷同',
  'number/sum-mismatch': '合计与分项不符',
  'number/rate-mismatch': '比率与算式不符',
  'number/grim': '百分比无法由整数得出',
  'number/restatement': '同一数字前后不一致',
  'number/rating-score': '得分与等级不符',
  'number/indicator-shortfall': '指标未达到目标',
  'number/all-met-claim': '“均已完成”与数据不符',
  'number/figures-mismatch': '正文与数据不符',
  'usage/double-approximation': '概数词重复',
  'usage/thousands-separator': '千分位写法不一致',
  'usage/unit-change': '同一数字单位不一致',
  'usage/range-unit': '范围两端单位不全',
};

export function familyOf(ruleId) {
  const f = String(ruleId || '').split('/')[0];
  return FAMILIES.some((x) => x.id === f) ? f : 'structure';
}
export function familyLabel(id) { const f = FAMILIES.find((x) => x.id === id); return f ? f.label : id; }
export function severityLabel(id) { const s = SEVERITIES.find((x) => x.id === id); return s ? s.label : id; }
export function ruleLabel(ruleId) { return RULES[ruleId] || String(ruleId || ''); }
const SEV_RANK = { error: 0, warning: 1, info: 2 };
export function severityRank(s) { return s in SEV_RANK ? SEV_RANK[s] : 3; }

/** True when a related place lies in the checked document itself (not a reference or stored report). */
export function sameDocument(r) { return !r.file && !r.documentId && !r.title; }

/**
 * The places to mark: each finding's own span, and its related places in the same
 * document (shown when the finding is selected). Empty spans get one character.
 */
export function buildMarks(findings) {
  const marks = [];
  findings.forEach((f, i) => {
    const s = Math.max(0, f.start | 0);
    marks.push({ s, e: Math.max(s + 1, f.end | 0), f: i, rel: false });
    (f.related || []).forEach((r) => {
      if (!sameDocument(r) || typeof r.start !== 'number') return;
      const rs = Math.max(0, r.start | 0);
      marks.push({ s: rs, e: Math.max(rs + 1, r.end | 0), f: i, rel: true });
    });
  });
  marks.sort((a, b) => a.s - b.s || b.e - a.e);
  return marks;
}

/**
 * Cuts [start, end) at every mark boundary inside it. Each segment lists the findings
 * whose own span covers it (fs) and those whose related place covers it (rs); segments
 * with neither are plain text. Overlapping findings give segments with several ids.
 */
export function segments(marks, start, end) {
  const inside = marks.filter((m) => m.s < end && m.e > start);
  const cuts = new Set([start, end]);
  for (const m of inside) { cuts.add(Math.max(start, m.s)); cuts.add(Math.min(end, m.e)); }
  const points = Array.from(cuts).sort((a, b) => a - b);
  const out = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const s = points[k], e = points[k + 1];
    if (e <= s) continue;
    const fs = [], rs = [];
    for (const m of inside) {
      if (m.s <= s && m.e >= e) {
        const list = m.rel ? rs : fs;
        if (!list.includes(m.f)) list.push(m.f);
      }
    }
    out.push({ s, e, fs, rs });
  }
  return out;
}

/** Offsets of a table row's cells inside its block text (cells joined by spaces), or null. */
export function cellSpans(text, start, end, cells) {
  if (!Array.isArray(cells) || cells.length < 2) return null;
  const spans = [];
  let at = start;
  for (const c of cells) {
    const cell = String(c);
    if (!cell) return null;
    const i = text.indexOf(cell, at);
    if (i < 0 || i + cell.length > end) return null;
    spans.push({ s: i, e: i + cell.length });
    at = i + cell.length;
  }
  return spans;
}

/** The two texts a diff joins: side a (equal + delete) and side b (equal + insert). */
export function diffSides(diff) {
  let a = '', b = '';
  for (const d of diff || []) {
    if (d.op === 'equal') { a += d.text; b += d.text; }
    else if (d.op === 'delete') a += d.text;
    else if (d.op === 'insert') b += d.text;
  }
  return { a, b };
}

const squash = (s) => String(s || '').replace(/\s+/g, '');

/**
 * A character diff from a to b: common prefix and suffix, then a longest common
 * subsequence on the middle (when small enough; else the middles count as changed).
 */
export function charDiff(a, b) {
  a = String(a || ''); b = String(b || '');
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const am = a.slice(p, a.length - q), bm = b.slice(p, b.length - q);
  const ops = [];
  const push = (op, text) => {
    if (!text) return;
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text; else ops.push({ op, text });
  };
  push('equal', a.slice(0, p));
  const n = am.length, m = bm.length;
  if (n && m && n * m <= 4000000) {
    const w = m + 1;
    const L = new Uint16Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        L[i * w + j] = am[i] === bm[j] ? L[(i + 1) * w + j + 1] + 1 : Math.max(L[(i + 1) * w + j], L[i * w + j + 1]);
      }
    }
    let i = 0, j = 0;
    while (i < n && j < m) {
      if (am[i] === bm[j]) { push('equal', am[i]); i++; j++; }
      else if (L[(i + 1) * w + j] >= L[i * w + j + 1]) { push('delete', am[i]); i++; }
      else { push('insert', bm[j]); j++; }
    }
    push('delete', am.slice(i));
    push('insert', bm.slice(j));
  } else {
    push('delete', am);
    push('insert', bm);
  }
  push('equal', a.slice(a.length - q));
  return ops;
}

/**
 * The two sides of a repetition for the pair view: "here" is the finding's quote, "other"
 * the related place. Each side is a list of { text, changed }. Uses the finding's own diff
 * when its sides are the two quotes (whichever way round the rule wrote it), else computes one.
 */
export function pairSides(diff, hereQuote, otherQuote) {
  let ops = null, hereIs = 'b', source = 'computed';
  if (Array.isArray(diff) && diff.length) {
    const sides = diffSides(diff);
    const h = squash(hereQuote), o = squash(otherQuote);
    if (squash(sides.b) === h && squash(sides.a) === o) { ops = diff; hereIs = 'b'; source = 'evidence'; }
    else if (squash(sides.a) === h && squash(sides.b) === o) { ops = diff; hereIs = 'a'; source = 'evidence'; }
  }
  if (!ops) { ops = charDiff(otherQuote, hereQuote); hereIs = 'b'; }
  const here = [], other = [];
  const add = (list, text, changed) => {
    if (!text) return;
    const last = list[list.length - 1];
    if (last && last.changed === changed) last.text += text; else list.push({ text, changed });
  };
  for (const d of ops) {
    if (d.op === 'equal') { add(here, d.text, false); add(other, d.text, false); continue; }
    const onA = d.op === 'delete';
    const toHere = hereIs === 'a' ? onA : !onA;
    add(toHere ? here : other, d.text, true);
  }
  const changed = (list) => list.filter((x) => x.changed && squash(x.text)).length;
  return { here, other, source, changes: changed(here) + changed(other) };
}
`;
