import type { DraftData } from '../facts/build';
import { writerContext, type SectionPlan } from '../plan';
import { deriveProblems } from '../problems';
import type { SectionKind } from '../sections';
import { planAchievements } from './achievements';
import { planConclusion } from './conclusion';
import { planIncome } from './income';
import { planIndicators } from './indicators';
import { planProblems, planMeasures } from './problems';
import { planProjects } from './projects';

/** The plan of every requested section: slots, the facts each may use, and the template text. */
export function planSections(data: DraftData, kinds: readonly SectionKind[]): SectionPlan[] {
  const c = writerContext(data);
  const { problems, extraMeasures } = deriveProblems(c);
  const plan: Record<SectionKind, () => SectionPlan> = {
    income: () => planIncome(c),
    conclusion: () => planConclusion(c, problems),
    indicators: () => planIndicators(c),
    projects: () => planProjects(c),
    achievements: () => planAchievements(c),
    problems: () => planProblems(c, problems),
    measures: () => planMeasures(c, problems, extraMeasures),
  };
  return kinds.map((k) => plan[k]());
}
