/**
 * A figures file as the surfaces take it: validated (INVALID_FIGURES names every bad field),
 * then checked against itself. The API and the CLI read figures only through here.
 */
import { JixiaoError } from '../errors';
import { assertJsonWithinLimits } from '../limits-enforce';
import { parseFigures, type Figures } from '../model/figures';

export { figuresProblems, type FiguresProblem } from '../domain';
export { figuresReport, type FiguresInput, type FiguresReport } from './figures-report';

/** Validates figures or throws INVALID_FIGURES naming every bad field in Chinese. */
export function validateFigures(input: unknown): Figures {
  assertJsonWithinLimits(input, { what: '数据（figures）' });
  const r = parseFigures(input);
  if (r.ok) return r.figures;
  const list = r.problems.map((p) => `${p.field}：${p.message}`).join('；');
  throw new JixiaoError('INVALID_FIGURES', `数据（figures）格式不正确：${list}。`, r.problems);
}
