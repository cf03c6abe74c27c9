// Test helper for the llm provider scenarios: request 002, its recorded answers, special answers.
import { readFileSync } from 'node:fs';
import { draftValid, parseDraftInput, templateProvider, type DraftOutput } from '..';
import type { DraftRequestInput } from '../request';
import { seedRecording, seedRequest } from '../test-requests';
import type { LlmConfig } from './config';
import { completion, mockConfig, type MockCall } from './mock-model';
import { nodePrompts } from './prompts-node';
import { createLlmProvider } from './provider';

export const RECORDED = seedRecording('002');
export const SCENARIOS = JSON.parse(readFileSync(new URL('../../../fixtures/draft/llm/scenarios.json', import.meta.url), 'utf8')) as Record<string, unknown>;

type Paragraphs = { paragraphs: Array<{ slot: string; text: string }> };

/** The recorded answer of a section as JSON text. */
export const recordedAnswer = (call: MockCall) => JSON.stringify(RECORDED[call.section]!.answer);

/** The recorded income answer with its overview paragraph replaced by a scenario's. */
export function incomeWith(name: string): string {
  const base = structuredClone(RECORDED.income!.answer) as Paragraphs;
  const over = (SCENARIOS[name] as Paragraphs).paragraphs[0]!;
  base.paragraphs[0] = over;
  return JSON.stringify(base);
}

/** Good answers for every section, `income` answered by `income(round)` when given. */
export const answering = (income?: (round: number) => string) => (call: MockCall) => completion(call.section === 'income' && income ? income(call.round) : recordedAnswer(call));

export async function draftWith(config: Partial<LlmConfig> = {}, request: DraftRequestInput = seedRequest('002')): Promise<DraftOutput> {
  return draftValid(parseDraftInput(request), { provider: createLlmProvider(mockConfig(config), nodePrompts()) });
}

export async function templateDraft(request: DraftRequestInput = seedRequest('002')): Promise<DraftOutput> {
  return draftValid(parseDraftInput(request), { provider: templateProvider });
}

export const sectionText = (d: DraftOutput, kind: string) => d.sections.find((s) => s.kind === kind)!.text;
export const noteCodes = (d: DraftOutput) => d.notes.map((n) => n.code);
