import { readIndicators, type IndicatorReading } from '../analysis/indicators';
import type { DraftRequest } from '../request';
import { addHighlightFacts, addStringFacts } from './data-facts';
import { FactTable } from './fact';
import { addFiguresFacts } from './figures-facts';
import { addIndicatorFacts } from './indicator-facts';
import { addProjectFacts } from './project-facts';

/** Everything the writers need that is computed from a request, once. */
export interface DraftData {
  request: DraftRequest;
  facts: FactTable;
  indicators: IndicatorReading[];
  year: number | undefined;
}

/** Builds the fact table of a request: every number a section may state, formatted and computed in code. */
export function buildDraftData(request: DraftRequest): DraftData {
  const { figures, options } = request;
  const year = options.year ?? figures.year;
  const pct = options.percentDecimals;
  const facts = new FactTable();
  const indicators = readIndicators(figures);
  addFiguresFacts(facts, figures, year, pct);
  addProjectFacts(facts, figures, pct);
  addIndicatorFacts(facts, indicators, pct);
  addHighlightFacts(facts, request.highlights);
  const names = [figures.department ?? '', ...figures.byFunction.map((f) => f.name), ...figures.projects.map((p) => p.name), ...figures.indicators.flatMap((i) => [i.task ?? '', i.name])];
  addStringFacts(facts, 'name', names, 'figures');
  request.highlights.forEach((h, i) => addStringFacts(facts, `h${i + 1}`, [h.title, h.detail, ...h.numbers.map((n) => n.label)], 'highlights'));
  addStringFacts(facts, 'hint', [...request.problems, ...request.measures], 'hints');
  return { request, facts, indicators, year };
}
