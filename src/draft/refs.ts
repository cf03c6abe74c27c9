import type { FactTable } from './facts/fact';

/** A fact reference as written in templates: {exec_rate}. */
export const ref = (id: string) => `{${id}}`;

/** {id} or, as models sometimes write it, {{id}}. */
const REF = /\{\{?\s*([A-Za-z][A-Za-z0-9_]*)\s*\}?\}/g;

/** The fact ids a text refers to, in order, without repeats. */
export function refsIn(text: string): string[] {
  return [...new Set([...text.matchAll(REF)].map((m) => m[1]!))];
}

/** Replaces each reference with its fact's text; unknown ids are left out of the text and listed. */
export function renderRefs(text: string, facts: FactTable): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const out = text.replace(REF, (_, id: string) => {
    const f = facts.get(id);
    if (f) return f.text;
    unknown.push(id);
    return '';
  });
  return { text: out, unknown };
}
