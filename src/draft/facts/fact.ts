import type Decimal from 'decimal.js';

/** What a fact measures; grounding matches a number only against facts of a compatible kind. */
export type FactKind = 'amount' | 'percent' | 'points' | 'count' | 'score' | 'year' | 'text' | 'other';

/** Where a fact comes from: the figures (money, rates, indicators), the year's work items, or the problem/measure hints. */
export type FactScope = 'figures' | 'highlights' | 'hints';

/** One value the draft may state, computed and formatted in code. */
export interface Fact {
  /** Stable id the writers and the model refer to: exec_rate, proj_1_budget, h2_n1. */
  id: string;
  /** What the value is, in Chinese (预算执行率). */
  label: string;
  kind: FactKind;
  /** Exact value (rates unrounded); null for a text fact such as the rating. */
  value: Decimal | null;
  /** The value as the report writes it: 2,760.71万元, 82.08%, 5批, 优. */
  text: string;
  scope: FactScope;
  /** Computed in code (a rate, a difference): a number may state it rounded to its own precision. */
  computed: boolean;
}

/** The facts of one request, by id, in insertion order. */
export class FactTable {
  private readonly byId = new Map<string, Fact>();

  add(fact: Fact): Fact {
    if (this.byId.has(fact.id)) throw new Error(`duplicate fact id ${fact.id}`);
    this.byId.set(fact.id, fact);
    return fact;
  }

  get(id: string): Fact | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The rendered text of a fact; writers only ask for ids they added. */
  text(id: string): string {
    const f = this.byId.get(id);
    if (!f) throw new Error(`unknown fact ${id}`);
    return f.text;
  }

  list(): Fact[] {
    return [...this.byId.values()];
  }
}
