import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportDocument, Section } from '../src/model/document';

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

/** A parsed document's outline: every section's level and title, depth first. */
export function outline(doc: ReportDocument): Array<{ level: number; title: string }> {
  const out: Array<{ level: number; title: string }> = [];
  const walk = (list: Section[]) => list.forEach((s) => (out.push({ level: s.level, title: s.title }), walk(s.children)));
  walk(doc.sections);
  return out;
}

/** Each block as `kind:text`, to compare what two formats of one report give. */
export const blockTexts = (doc: ReportDocument) => doc.blocks.map((b) => `${b.kind}:${doc.text.slice(b.span.start, b.span.end)}`);
