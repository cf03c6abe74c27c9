import type { Fact, FactTable } from '../facts/fact';
import { renderRefs } from '../refs';
import { fullWidthPunctuation } from '../text/sentence';
import { groundText, type Offending } from './grounding';
import { REGISTER_LABELS, registerIssues, type RegisterIssue } from './register';

/** One slot's text rendered and checked. */
export interface SlotCheck {
  /** The text with every reference replaced by its fact's text. */
  text: string;
  numbers: number;
  grounded: number;
  offending: Offending[];
  unknownRefs: string[];
  register: RegisterIssue[];
  ok: boolean;
}

/** A leading enumeration marker the model may have written although code adds it: 一是 （一） 1. 一、 */
const MARKER = /^\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.、．]|[一二三四五六七八九十]+、)\s*/;

/** Makes a model's paragraph one clean line: no marker, no line breaks, full-width punctuation in Chinese. */
export function tidyModelText(text: string): string {
  return fullWidthPunctuation(text.replace(/\s*\n+\s*/g, '').trim()).replace(MARKER, '');
}

/** Renders a slot's references and checks its numbers against the allowed facts and its register. */
export function checkSlot(raw: string, facts: FactTable, allowed: readonly Fact[], latin: ReadonlySet<string>): SlotCheck {
  const { text, unknown } = renderRefs(raw, facts);
  const g = groundText(text, allowed);
  const register = registerIssues(text, latin);
  const ok = text.trim() !== '' && unknown.length === 0 && g.offending.length === 0 && register.length === 0;
  return { text, numbers: g.numbers, grounded: g.grounded, offending: g.offending, unknownRefs: unknown, register, ok };
}

/** The problems of a failed check, in Chinese, for the repair prompt. */
export function describeProblems(c: SlotCheck): string[] {
  const out: string[] = [];
  if (c.text.trim() === '') out.push('段落为空');
  if (c.unknownRefs.length > 0) out.push(`引用了不存在的事实编号：${c.unknownRefs.map((id) => `{${id}}`).join('、')}`);
  if (c.offending.length > 0) out.push(`以下数字不在事实表中，也不能由事实表算出：${c.offending.map((o) => o.raw).join('、')}。请改用事实编号引用，或删去这些数字`);
  for (const [code, label] of Object.entries(REGISTER_LABELS)) {
    const hits = c.register.filter((r) => r.code === code);
    if (hits.length > 0) out.push(`${label}：${[...new Set(hits.map((h) => h.quote))].slice(0, 5).join('、')}`);
  }
  return out;
}
