// Test helper: the eval requests written from the seeds (fixtures/draft/requests).
import { readFileSync } from 'node:fs';
import type { DraftRequestInput } from './request';

export const SEEDS = ['000', '001', '002', '003', '004'] as const;

export function seedRequest(seed: string): DraftRequestInput {
  return JSON.parse(readFileSync(new URL(`../../fixtures/draft/requests/${seed}.json`, import.meta.url), 'utf8')) as DraftRequestInput;
}

export function seedRecording(seed: string): Record<string, { answer: unknown; repair?: unknown }> {
  return JSON.parse(readFileSync(new URL(`../../fixtures/draft/recorded/${seed}.json`, import.meta.url), 'utf8'));
}
