/**
 * The figures part of the draft form: table-like inputs for the breakdowns, projects and
 * indicators, live sums and rates with a plain Chinese line under each block, and reading/
 * writing the figures JSON (src/model/figures.ts).
 *
 * The verdicts are the checker's own: the form's figures go through the same
 * figuresProblems (sums with rounding tolerance, error or warning), rating bands and
 * indicator comparison that `jixiao check --figures` and POST /v1/figures/validate use,
 * bundled into the page; sums and rates are exact decimals (decimal.js), never binary floats.
 */
import type Decimal from 'decimal.js';
import { BANDS, decimalsOf, exact, figuresProblems, indicatorVerdict as domainVerdict, LOW_EXECUTION_RATE, ratingFor, show, sum, type FiguresProblem, type Rating } from '../../domain';
import type { Figures } from '../../model/figures';
import { $, esc, field, qsa, targetOf } from './core';

/** The figures as the form holds them: strings as typed, empty fields left out. */
export interface FormFigures {
  department?: string;
  year?: number | string;
  unit?: string;
  budget?: { initial?: string; adjusted?: string };
  execution?: string;
  byFunction?: Array<{ name: string; amount: string }>;
  byNature?: { basic: string; project: string };
  projects?: Array<{ name: string; budget: string; executed: string }>;
  indicators?: Array<{ task?: string; name: string; target: string; actual?: string }>;
  selfScore?: string;
  rating?: string;
}

type Kind = 'function' | 'projects' | 'indicators';
const TABLES: Record<Kind, { cols: Array<[string, string, 'text' | 'amount']> }> = {
  function: {
    cols: [
      ['name', '功能分类名称', 'text'],
      ['amount', '金额', 'amount'],
    ],
  },
  projects: {
    cols: [
      ['name', '项目名称', 'text'],
      ['budget', '预算数', 'amount'],
      ['executed', '执行数', 'amount'],
    ],
  },
  indicators: {
    cols: [
      ['task', '所属任务', 'text'],
      ['name', '指标名称', 'text'],
      ['target', '目标值', 'text'],
      ['actual', '实际完成值', 'text'],
    ],
  },
};

let onChange: () => void = () => {};

export function initFiguresForm(changed?: () => void) {
  onChange = changed || onChange;
  for (const b of qsa('[data-add]'))
    b.addEventListener('click', () => {
      const tr = addRow(b.dataset.add as Kind);
      tr.querySelector('input')?.focus();
      refresh();
    });
  const form = $('df-form');
  form.addEventListener('input', (e) => {
    if (targetOf(e).closest('fieldset')) {
      refresh();
      onChange();
    }
  });
  form.addEventListener('change', (e) => {
    const id = targetOf(e).id;
    if (id === 'f-unit' || id === 'f-rating') {
      refresh();
      onChange();
    }
  });
  form.addEventListener('click', (e) => {
    const del = targetOf(e).closest('button.del');
    const tr = del?.closest('tr');
    if (!tr || !tr.closest('table[id^="t-"]')) return;
    const next = tr.nextElementSibling || tr.previousElementSibling;
    tr.remove();
    next?.querySelector('input')?.focus();
    refresh();
    onChange();
  });
  for (const k of Object.keys(TABLES) as Kind[]) if (!rows(k).length) addRow(k);
  refresh();
}

function rows(kind: Kind) {
  return qsa<HTMLTableRowElement>('#t-' + kind + ' tbody tr');
}

/** Appends a row to a table; values by column key. */
function addRow(kind: Kind, values: Record<string, unknown> = {}) {
  const t = TABLES[kind];
  const tr = document.createElement('tr');
  const n = rows(kind).length + 1;
  tr.innerHTML =
    t.cols
      .map(
        ([key, label, type]) =>
          '<td' +
          (type === 'amount' ? ' class="num"' : '') +
          '><input type="text" data-k="' +
          key +
          '"' +
          (type === 'amount' ? ' class="num amount" inputmode="decimal"' : '') +
          ' aria-label="第' +
          n +
          '行' +
          label +
          '" value="' +
          esc(values[key] == null ? '' : values[key]) +
          '"></td>',
      )
      .join('') +
    '<td class="calc-cell" data-calc></td>' +
    '<td><button type="button" class="del" aria-label="删除第' +
    n +
    '行" title="删除这一行">×</button></td>';
  $('t-' + kind)
    .querySelector('tbody')!
    .appendChild(tr);
  return tr;
}

function rowValues(tr: HTMLElement): Record<string, string> {
  const o: Record<string, string> = {};
  for (const i of qsa<HTMLInputElement>('input[data-k]', tr)) o[i.dataset.k!] = i.value.trim();
  return o;
}

const calcCell = (tr: HTMLElement) => tr.querySelector<HTMLElement>('[data-calc]')!;
const val = (id: string) => field(id).value.trim();
const unit = () => field('f-unit').value;

/**
 * An amount as the figures schema reads it (src/model/figures.ts, Amount): separators
 * dropped, a plain decimal string; null when it is not a number.
 */
export function amountOf(v: string): string | null {
  const s = v.trim().replace(/[,，]/g, '');
  return /^-?\d+(\.\d+)?$/.test(s) ? s : null;
}

/** Marks an amount input red when it is filled but not a number. */
function markBad(input: HTMLInputElement) {
  const bad = input.value.trim() !== '' && amountOf(input.value) === null;
  input.classList.toggle('bad', bad);
  input.setAttribute('aria-invalid', String(bad));
  return bad;
}

function line(id: string, cls: string, html: string) {
  const el = $(id);
  el.className = 'check-line ' + cls;
  el.innerHTML = html;
}

const OK = '<span aria-hidden="true">✓</span> ',
  BAD = '<span aria-hidden="true">✗</span> ',
  WARN = '<span aria-hidden="true">!</span> ';
/** An amount written with its own decimals and separators, as reports write them: 2,760.71. */
const fmt = (v: string) => show(exact(v), decimalsOf(v), true);
/** A sum written with the most decimals of its parts. */
const fmtSum = (parts: string[]) => show(sum(parts.map((p) => exact(p))), Math.max(0, ...parts.map(decimalsOf)), true);
/** num ÷ den × 100 rounded half up to two decimals ("82.08"); '' when den is not positive. */
const percent = (num: Decimal.Value, den: Decimal.Value) => (exact(den).gt(0) ? show(exact(num).div(exact(den)).times(100), 2) : '');

/** The checker's problems at these paths (a path or anything under it), as one check line; false when there are none. */
function problemLine(id: string, problems: FiguresProblem[], prefixes: string[]): boolean {
  const mine = problems.filter((p) => prefixes.some((x) => p.path === x || p.path.startsWith(x + '.')));
  if (!mine.length) return false;
  const error = mine.some((p) => p.severity === 'error');
  line(id, error ? 'bad' : 'warn', (error ? BAD : WARN) + mine.map((p) => esc(p.message)).join('；') + '。');
  return true;
}

/**
 * Whether an indicator's actual value meets its target, as the checker and the drafter decide it
 * (src/domain indicatorVerdict: the direction from the figures, the target's bound words or the
 * name — 投诉率 5% → 3% is met): 'met', 'short', or null when it cannot tell (no number,
 * different units, or a direction that cannot be known).
 */
export function indicatorVerdict(target: string, actual: string, name: string): 'met' | 'short' | null {
  const v = domainVerdict({ name, target, actual });
  return v.status === 'met' || v.status === 'exceeded' ? 'met' : v.status === 'below' ? 'short' : null;
}

/** Stands in for the budget and execution while they are not filled in; problems about them are then not shown. */
const PLACEHOLDER = '1';

/** Recomputes every sum, rate and check line from the inputs. */
export function refresh(): { bad: number } {
  for (const u of qsa('#df-form .u')) u.textContent = unit();
  let bad = 0;
  for (const i of qsa<HTMLInputElement>('#df-form input.amount')) if (markBad(i)) bad++;
  if (markBad(field('f-score'))) bad++;
  const adjusted = amountOf(val('f-adjusted')),
    execution = amountOf(val('f-execution')),
    initial = amountOf(val('f-initial'));
  const basic = amountOf(val('f-basic')),
    project = amountOf(val('f-project'));
  const score = amountOf(val('f-score')),
    rating = field('f-rating').value;

  const fr = rows('function')
    .map((tr) => ({ tr, v: rowValues(tr) }))
    .map((r) => ({ ...r, amount: amountOf(r.v.amount ?? '') }));
  const pr = rows('projects')
    .map((tr) => ({ tr, v: rowValues(tr) }))
    .map((r) => ({ ...r, budget: amountOf(r.v.budget ?? ''), executed: amountOf(r.v.executed ?? '') }));
  const named = (name: string | undefined, what: string, i: number) => name || what + '第' + (i + 1) + '行';

  // The checker's verdicts on the figures as filled in so far.
  const figures: Figures = {
    unit: (['万元', '元', '亿元'] as const).find((u) => u === unit()) ?? '万元',
    budget: { adjusted: adjusted ?? PLACEHOLDER, ...(initial ? { initial } : {}) },
    execution: execution ?? PLACEHOLDER,
    byFunction: fr.flatMap((r, i) => (r.amount ? [{ name: named(r.v.name, '功能分类', i), amount: r.amount }] : [])),
    ...(basic && project ? { byNature: { basic, project } } : {}),
    projects: pr.flatMap((r, i) => (r.budget && r.executed ? [{ name: named(r.v.name, '项目', i), budget: r.budget, executed: r.executed }] : [])),
    indicators: [],
    ...(score ? { selfScore: score } : {}),
    ...(rating ? { rating: rating as Rating } : {}),
  };
  const totals = adjusted !== null && execution !== null;
  const problems = figuresProblems(figures).filter((p) => totals || !['execution', 'budget.adjusted', 'byNature', 'byFunction', 'projects'].includes(p.path));

  // Budget and execution
  if (adjusted && execution) {
    const rate = percent(execution, adjusted);
    const parts = rate ? ['预算执行率 = ' + fmt(execution) + ' ÷ ' + fmt(adjusted) + ' = <b>' + rate + '%</b>'] : [];
    if (initial && !exact(initial).eq(exact(adjusted)) && exact(initial).gt(0)) {
      parts.push('预算调整率 = (' + fmt(adjusted) + ' − ' + fmt(initial) + ') ÷ ' + fmt(initial) + ' = <b>' + percent(exact(adjusted).minus(exact(initial)), initial) + '%</b>');
    }
    if (!problemLine('c-rate', problems, ['budget', 'execution'])) {
      const low = exact(execution).div(exact(adjusted)).times(100).lt(LOW_EXECUTION_RATE);
      line('c-rate', low ? 'warn' : 'ok', (low ? WARN : OK) + parts.join('；') + (low ? '。低于 ' + LOW_EXECUTION_RATE + '%，报告中通常要说明原因。' : '。'));
    } else if (parts.length) $('c-rate').insertAdjacentHTML('beforeend', '<br>' + parts.join('；') + '。');
  } else line('c-rate', 'idle', '填写调整后预算数和全年执行数后，这里显示预算执行率。');

  // By function
  const famounts = fr.flatMap((r) => (r.amount ? [r.amount] : []));
  for (const r of fr) calcCell(r.tr).textContent = r.amount && execution ? percent(r.amount, execution) + '%' : '';
  $('s-function').textContent = famounts.length ? fmtSum(famounts) : '—';
  if (!problemLine('c-function', problems, ['byFunction'])) compareToExecution('c-function', famounts, execution, '功能分类各项合计');

  // By nature
  if (!(basic && project)) line('c-nature', 'idle', '基本支出与项目支出之和应等于全年执行数。');
  else if (!problemLine('c-nature', problems, ['byNature'])) compareToExecution('c-nature', [basic, project], execution, '基本支出 + 项目支出');

  // Projects
  const pb = pr.flatMap((r) => (r.budget ? [r.budget] : [])),
    pe = pr.flatMap((r) => (r.executed ? [r.executed] : []));
  for (const r of pr) calcCell(r.tr).textContent = r.budget && r.executed ? percent(r.executed, r.budget) + '%' : '';
  $('s-proj-budget').textContent = pb.length ? fmtSum(pb) : '—';
  $('s-proj-exec').textContent = pe.length ? fmtSum(pe) : '—';
  $('s-proj-rate').textContent = pb.length && pe.length ? percent(sum(pe.map((x) => exact(x))), sum(pb.map((x) => exact(x)))) + '%' : '';
  if (!problemLine('c-projects', problems, ['projects'])) {
    if (pb.length) line('c-projects', 'ok', OK + '共 ' + pr.filter((r) => r.v.name).length + ' 个项目，执行率已按“执行数 ÷ 预算数”计算。');
    else line('c-projects', 'idle', '填写项目名称、预算数和执行数，执行率自动计算。');
  }

  // Indicators
  const short: string[] = [];
  const ir = rows('indicators').map((tr) => ({ tr, v: rowValues(tr) }));
  for (const r of ir) {
    const st = r.v.actual && r.v.target ? indicatorVerdict(r.v.target, r.v.actual, r.v.name ?? '') : null;
    calcCell(r.tr).innerHTML = st === 'met' ? '<span class="badge ok">达到</span>' : st === 'short' ? '<span class="badge error">未达到</span>' : '';
    if (st === 'short') short.push(r.v.name || '未命名指标');
  }
  const filled = ir.filter((r) => r.v.name).length;
  if (short.length) line('c-indicators', 'warn', WARN + '未达到目标：' + esc(short.join('、')) + '。草稿不会写“全面完成”，请在问题中说明原因。');
  else if (filled) line('c-indicators', 'ok', OK + '共 ' + filled + ' 项指标。');
  else line('c-indicators', 'idle', '每项指标写目标值和实际完成值（如“5批”“95%以上”），自动对比是否达到。');

  // Score and rating
  const bands = (Object.keys(BANDS) as Rating[]).map((k) => k + '：' + BANDS[k]).join('，');
  if (!score) line('c-rating', 'idle', '等级按得分确定（' + bands + '）。');
  else if (!problemLine('c-rating', problems, ['selfScore', 'rating'])) {
    const expected = ratingFor(exact(score));
    line('c-rating', 'ok', OK + esc(score) + ' 分对应等级“' + expected + '”（' + BANDS[expected] + '）' + (rating ? '，与所填一致。' : '。'));
  }
  return { bad };
}

function compareToExecution(id: string, parts: string[], execution: string | null, what: string) {
  if (!parts.length) {
    line(id, 'idle', what + '应等于全年执行数。');
    return;
  }
  const total = fmtSum(parts) + ' ' + esc(unit());
  if (!execution) {
    line(id, 'idle', what + ' ' + total + '；填写全年执行数后自动核对。');
    return;
  }
  line(id, 'ok', OK + what + ' ' + total + '，与全年执行数一致。');
}

/* ---------- figures JSON in and out ---------- */

const str = (v: unknown) => (v == null ? '' : String(v));

/** Fills the form from a figures object (as in a figures JSON file); anything unexpected is left empty. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a user's JSON file, read field by field
export function fillFigures(f: any) {
  f = f && typeof f === 'object' ? f : {};
  const set = (id: string, v: unknown) => {
    field(id).value = str(v);
  };
  set('f-department', f.department);
  set('f-year', f.year);
  set('f-unit', ['万元', '元', '亿元'].includes(f.unit) ? f.unit : '万元');
  set('f-initial', f.budget && f.budget.initial);
  set('f-adjusted', f.budget && f.budget.adjusted);
  set('f-execution', f.execution);
  set('f-basic', f.byNature && f.byNature.basic);
  set('f-project', f.byNature && f.byNature.project);
  set('f-score', f.selfScore);
  set('f-rating', ['优', '良', '中', '差'].includes(f.rating) ? f.rating : '');
  const fill = (kind: Kind, list: unknown) => {
    for (const tr of rows(kind)) tr.remove();
    for (const item of Array.isArray(list) ? list : []) addRow(kind, item && typeof item === 'object' ? item : {});
    if (!rows(kind).length) addRow(kind);
  };
  fill('function', f.byFunction);
  fill('projects', f.projects);
  fill('indicators', f.indicators);
  refresh();
}

/** The figures object from the form; empty fields are left out (the service names what is missing). */
export function readFigures(): FormFigures {
  const f: FormFigures = {};
  if (val('f-department')) f.department = val('f-department');
  const year = val('f-year');
  if (year !== '') f.year = /^\d+$/.test(year) ? Number(year) : year;
  f.unit = unit();
  const budget: NonNullable<FormFigures['budget']> = {};
  if (val('f-initial')) budget.initial = val('f-initial');
  if (val('f-adjusted')) budget.adjusted = val('f-adjusted');
  if (Object.keys(budget).length) f.budget = budget;
  if (val('f-execution')) f.execution = val('f-execution');
  const fn = rows('function')
    .map(rowValues)
    .filter((r) => r.name || r.amount);
  if (fn.length) f.byFunction = fn.map((r) => ({ name: r.name ?? '', amount: r.amount ?? '' }));
  if (val('f-basic') || val('f-project')) f.byNature = { basic: val('f-basic'), project: val('f-project') };
  const pj = rows('projects')
    .map(rowValues)
    .filter((r) => r.name || r.budget || r.executed);
  if (pj.length) f.projects = pj.map((r) => ({ name: r.name ?? '', budget: r.budget ?? '', executed: r.executed ?? '' }));
  const ind = rows('indicators')
    .map(rowValues)
    .filter((r) => r.name || r.target || r.actual);
  if (ind.length) {
    f.indicators = ind.map((r) => ({ ...(r.task ? { task: r.task } : {}), name: r.name ?? '', target: r.target ?? '', ...(r.actual ? { actual: r.actual } : {}) }));
  }
  if (val('f-score')) f.selfScore = val('f-score');
  if (field('f-rating').value) f.rating = field('f-rating').value;
  return f;
}
