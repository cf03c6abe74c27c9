import { locate } from '../../check/locate';
import { isExplicit } from '../../claims/subject';
import type { Rule } from '../../check/types';
import type { Figures } from '../../model/figures';
import { derive, markMatched, numberAnalysis } from './shared/analysis';
import { agree, type Agreement, exact, looseUnit, ratingWord, roundHalfUp, show, showComputed, statedQuantity, ulp } from '../../domain';
import { amountFields, figureFor, figuresPower, namesMatch, type FigureField } from './shared/figures-facts';
import { indicatorPairs } from './shared/indicators';
import { keyName } from './shared/figure-key';
import type { Mention } from './shared/mention';
import { RATING_STATED } from './shared/rating-stated';
import { rescale } from './shared/scale';
import { narrativeActual } from './shared/narrative-actuals';

/** The figure in the mention's unit (amounts are in the file's unit). */
function inMentionUnit(f: Figures, m: Mention, field: FigureField): FigureField {
  if (!field.amount) return field;
  const to = m.scale?.base === '元' ? m.scale.power : figuresPower(f);
  const shift = figuresPower(f) - to;
  return { ...field, value: rescale(field.value, figuresPower(f), to), decimals: Math.max(0, field.decimals + shift) };
}

/**
 * A stated figure against the file's. Amounts copied from the data must be equal at the
 * stated precision; a one-unit difference only passes as rounding when the file has more
 * decimals than the text. Computed values (rates) follow the usual rounding policy.
 */
function compare(m: Mention, field: FigureField): Agreement {
  const s = exact(m.q.value);
  const d = m.q.decimals;
  if (field.derivedFrom !== undefined && !field.amount) return agree(s, d, field.value);
  if (roundHalfUp(field.value, d).eq(s)) return 'match';
  return field.decimals > d && field.value.minus(s).abs().lt(ulp(d)) ? 'rounding' : 'mismatch';
}

const amountLike = (m: Mention) => m.q.kind === 'amount' || (m.column !== undefined && m.q.kind !== 'percent');

/**
 * A table row named for a project of the file (项目名称 | 预算数 | 执行数, a row per project)
 * is that project's figure; other rows (一般公共预算, 合计) have no field of their own.
 */
function rowAsProject(f: Figures, key: Mention['key']): Mention['key'] {
  if (!key || !key.subject.startsWith('row:')) return key;
  const row = key.subject.slice('row:'.length);
  if (/^(合计|总计|小计)/.test(row) || !f.projects.some((p) => namesMatch(p.name, row))) return key;
  return { subject: `project:${row}`, measure: key.measure };
}

/** number/figures-mismatch: a narrative figure that contradicts the figures file (check --figures). */
export const figuresMismatch: Rule = {
  meta: {
    id: 'number/figures-mismatch',
    family: 'number',
    description: '文中数字与结构化数据（figures.json）不一致：预算数、执行数、分类金额、项目金额、执行率、自评得分与等级、绩效指标',
    severity: 'error',
    messages: {
      figureMismatch: '文中{{name}}为 {{stated}}，与数据中“{{field}}”{{figure}} 不一致。',
      figureRounding: '文中{{name}}为 {{stated}}，与数据中“{{field}}”{{figure}} 相差在末位一个单位以内（四舍五入应为 {{rounded}}）。',
      figureInOtherField: '文中{{name}}为 {{stated}}，与数据中“{{field}}”{{figure}} 不一致，却与“{{otherField}}”相同，可能填错了位置。',
      ratingMismatch: '文中自评等级为“{{stated}}”，数据中的自评等级为“{{figure}}”，二者不一致。',
      indicatorMismatch: '文中指标“{{name}}”的{{what}}为 {{stated}}，与数据中“{{field}}”{{figure}} 不一致。',
    },
    fixes: {
      figureMismatch: '以数据为准改为 {{rounded}}，或先更正数据文件中的“{{field}}”。',
      figureRounding: '按四舍五入写为 {{rounded}}。',
      figureInOtherField: '核对该处应填的数，改为“{{field}}”的 {{rounded}}。',
      ratingMismatch: '统一文中与数据中的自评等级。',
      indicatorMismatch: '以数据为准更正指标的{{what}}。',
    },
  },
  check(ctx, report) {
    const f = ctx.figures;
    if (!f) return;
    const a = numberAnalysis(ctx);
    const others = amountFields(f);
    for (const m of a.mentions) {
      const k = rowAsProject(f, m.key);
      if (!k || k.subject === '?' || k.subject.startsWith('row:') || m.q.approx || m.q.range) continue;
      const raw = figureFor(f, k);
      if (!raw) continue;
      const field = inMentionUnit(f, m, raw);
      markMatched(ctx, a, m);
      const agreement = compare(m, field);
      if (agreement === 'match') continue;
      const isRate = !field.amount && field.derivedFrom !== undefined;
      const rounded = show(field.value, m.q.decimals, m.q.separators) + (isRate ? '%' : '');
      const figure = isRate ? `${field.derivedFrom} = ${showComputed(field.value, m.q.decimals)}%` : show(field.value, Math.min(field.decimals, 10), m.q.separators);
      // Only a distinctive value (four significant digits or more) says which field it came from.
      const other =
        agreement === 'mismatch' && amountLike(m) && m.q.value.sd(true) >= 4
          ? others.find((o) => o.path !== raw.path && roundHalfUp(inMentionUnit(f, m, o).value, m.q.decimals).eq(exact(m.q.value)))
          : undefined;
      const messageId = other ? 'figureInOtherField' : agreement === 'rounding' ? 'figureRounding' : 'figureMismatch';
      const name = m.column ?? keyName(k);
      report({
        messageId,
        // error only when the text names the figure's subject where it stands (README, 数字核对)
        severity: agreement === 'rounding' || !isExplicit(m.reason) ? 'warning' : 'error',
        start: m.q.start,
        end: m.q.end,
        data: { name, stated: m.q.raw, field: field.field, figure, rounded, otherField: other?.field ?? '' },
        evidence: { path: field.path, field: field.field, stated: m.q.numberText, figure: isRate ? showComputed(field.value, m.q.decimals) : figure, rounded, ...(other ? { otherPath: other.path } : {}) },
      });
    }
    checkRating(f, a.text, report);
    checkIndicators(ctx, f, a, report);
    checkNarrativeIndicators(ctx, f, a, report);
  },
};

function checkRating(f: Figures, text: string, report: Parameters<Rule['check']>[1]): void {
  if (!f.rating) return;
  for (const hit of text.matchAll(RATING_STATED)) {
    const stated = ratingWord(hit[1]!);
    if (!stated || stated === f.rating) continue;
    const start = hit.index + hit[0].lastIndexOf(hit[1]!);
    report({
      messageId: 'ratingMismatch',
      start,
      end: start + hit[1]!.length,
      data: { stated: hit[1]!, figure: f.rating },
      evidence: { path: 'rating', field: '自评等级', stated, figure: f.rating },
    });
  }
}

function checkIndicators(ctx: Parameters<Rule['check']>[0], f: Figures, a: ReturnType<typeof numberAnalysis>, report: Parameters<Rule['check']>[1]): void {
  for (const p of derive(a, 'indicatorPairs', indicatorPairs)) {
    const i = f.indicators.findIndex((ind) => p.names.some((n) => namesMatch(n, ind.name)));
    const ind = f.indicators[i];
    if (!ind) continue;
    const sides: Array<[Mention, string | undefined, string, string]> = [
      [p.target, ind.target, '目标值', `indicators.${i}.target`],
      [p.actual, ind.actual, '实际完成值', `indicators.${i}.actual`],
    ];
    for (const [m, stated, what, path] of sides) {
      if (stated === undefined) continue;
      const q = statedQuantity(stated);
      if (!q) continue;
      markMatched(ctx, a, m);
      const same = exact(q.value).eq(exact(m.q.value)) && looseUnit(q.unit) === looseUnit(m.q.unit);
      if (same) continue;
      const field = `绩效指标‘${ind.name}’的${what}`;
      report({
        messageId: 'indicatorMismatch',
        start: m.q.start,
        end: m.q.end,
        related: [locate(ctx.doc, p.target.q.start, p.actual.q.end)],
        data: { name: ind.name, what, stated: m.q.raw, field, figure: stated },
        evidence: { path, field, stated: m.q.raw, figure: stated },
      });
    }
  }
}

/**
 * An indicator's actual stated in running text (全年调解矛盾纠纷538件 for 调解矛盾纠纷数 583件),
 * also when a table row gives it too (the row is checked on its own): verified when one of the
 * narrative figures equals the file's actual; otherwise the closest one is reported as a warning
 * (the pairing is inferred from the words).
 */
function checkNarrativeIndicators(ctx: Parameters<Rule['check']>[0], f: Figures, a: ReturnType<typeof numberAnalysis>, report: Parameters<Rule['check']>[1]): void {
  f.indicators.forEach((ind, i) => {
    if (ind.actual === undefined) return;
    const q = statedQuantity(ind.actual);
    if (!q) return;
    const r = narrativeActual(a, [ind.name, `${ind.task ?? ''}${ind.name}`], q, statedQuantity(ind.target));
    if (!r) return;
    for (const m of r.candidates) markMatched(ctx, a, m);
    if (!r.differing) return;
    const best = r.differing;
    const field = `绩效指标‘${ind.name}’的实际完成值`;
    report({
      messageId: 'indicatorMismatch',
      severity: 'warning',
      start: best.m.q.start,
      end: best.m.q.end,
      data: { name: ind.name, what: '实际完成值', stated: best.m.q.raw, field, figure: ind.actual },
      evidence: { path: `indicators.${i}.actual`, field, stated: best.m.q.raw, figure: ind.actual, similarity: Number(best.similarity.toFixed(2)) },
    });
  });
}
