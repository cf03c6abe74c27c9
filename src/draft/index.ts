import { JixiaoError } from '../errors';
import { assertDraftWithinLimits } from '../limits-enforce';
import { draftReport, type DraftRun } from './draft-report';
import type { DraftRequest } from './request';
import { reportTitle } from './report-text';
import type { DraftResult } from './result';
import type { SectionKind } from './sections';
import { validateDraftRequest } from './validate-request';

// The llm provider (LangChain, openai) is imported where it is used, not from here: a draft with
// the template never loads it.
export { llmConfigFromEnv, type LlmConfig, type LlmEnv } from './llm/config';
export type { PromptSet } from './llm/prompts';
export { templateProvider, type DraftProvider, type ProviderName } from './provider';
export type { DraftResult, DraftedSection, SectionGrounding } from './result';
export { reportText, reportTitle } from './report-text';
export { DraftRequest } from './request';
export type { DraftRun } from './draft-report';

/** A request that passed validation, with the sections to draft and those skipped for lack of data. */
interface ValidDraft {
  request: DraftRequest;
  sections: SectionKind[];
  skipped: SectionKind[];
}

/** Validates a draft request or throws INVALID_DRAFT_REQUEST naming each bad field in Chinese. */
export function parseDraftInput(input: unknown): ValidDraft {
  assertDraftWithinLimits(input);
  const v = validateDraftRequest(input);
  if (v.ok) return v;
  const list = v.problems.map((p) => `${p.field}：${p.message}`).join('；');
  throw new JixiaoError('INVALID_DRAFT_REQUEST', `起草请求格式不正确：${list}。`, v.problems);
}

export type DraftOutput = DraftResult & { title: string };

/** Drafts a validated request; the result carries the report's title for export. */
export async function draftValid(v: ValidDraft, run: DraftRun): Promise<DraftOutput> {
  const result = await draftReport(v.request, v.sections, v.skipped, run);
  return { title: reportTitle(v.request.figures, v.request.options.year ?? v.request.figures.year), ...result };
}
