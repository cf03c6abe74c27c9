import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Repo-relative path of a fixture file. */
export const fixturePath = (...parts: string[]) => join(__dirname, '..', 'fixtures', ...parts);

export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;
export type SeedId = (typeof SEED_IDS)[number];

/** Bytes of a committed fixture. */
export function fixtureBytes(...parts: string[]): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(...parts)));
}

/** A seed report in one of its committed formats. */
export function seedBytes(id: SeedId, format: 'txt' | 'pdf' | 'docx'): Uint8Array {
  return fixtureBytes('seeds', `${id}.${format}`);
}

/** The hand-written expected outline of a seed. */
export function seedOutline(id: SeedId): Array<{ level: number; title: string }> {
  return JSON.parse(readFileSync(fixturePath('seeds', `${id}.outline.json`), 'utf8'));
}
