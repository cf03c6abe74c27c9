/**
 * The `figures` part of a check or claims result. Apart from figures.ts (which validates with
 * zod) so that a check without figures does not load zod: the CLI's check starts ~50 ms sooner.
 */
import type { Figures } from '../model/figures';
import { figuresProblems, type FiguresProblem } from '../domain';

/** Figures given with a report: the data, and the name of the file they came in (when they came as a file). */
export interface FiguresInput {
  figures: Figures;
  file?: string;
}

/** The `figures` part of a check or claims result: the file's own problems (and its name when known). */
export interface FiguresReport {
  file?: string;
  problems: FiguresProblem[];
}

export function figuresReport(input: FiguresInput): FiguresReport {
  const problems = figuresProblems(input.figures);
  return input.file !== undefined ? { file: input.file, problems } : { problems };
}
