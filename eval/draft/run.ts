/**
 * Drafting eval: the five seeds' requests (fixtures/draft/requests, written by hand from each
 * seed's own figures and work items), drafted by the template provider and by the llm provider
 * on recorded answers (fixtures/draft/recorded). Prints per section: numbers, share grounded,
 * paragraphs repaired / fallen back, highlights covered, length and register problems; per draft
 * the passages repeated across sections; and across seeds, 存在问题/改进措施 passages shared by two
 * departments (boilerplate), with numbers masked.
 *
 * Run: npx tsx eval/draft/run.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { draftValid, parseDraftInput, templateProvider, type DraftOutput } from '../../src/draft';
import { LLM_DEFAULTS } from '../../src/draft/llm/config';
import { replayFetch, type Recording } from '../../src/draft/llm/fixture-replay';
import { nodePrompts } from '../../src/draft/llm/prompts-node';
import { createLlmProvider } from '../../src/draft/llm/provider';
import { findReuse } from '../../src/similarity';
import { blankLineRegions } from '../../src/similarity/seed-regions';
import { measureDraft, type SectionRow } from '../../src/draft/quality';

const FIXTURES = new URL('../../fixtures/draft/', import.meta.url);
const seeds = () =>
  readdirSync(new URL('requests/', FIXTURES))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => f.replace('.json', ''));
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, FIXTURES), 'utf8'));

function recordedProvider(seed: string) {
  const recording = readJson(`recorded/${seed}.json`) as Recording;
  const config = { ...LLM_DEFAULTS, model: 'recorded', apiKey: 'recorded', baseURL: 'http://recorded.invalid/v1', retryDelayMs: 0, maxRetryDelayMs: 0, fetch: replayFetch(recording) };
  return createLlmProvider(config, nodePrompts());
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(a === b ? 0 : 1)}%`);

function table(header: string[], lines: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cols: string[]) => cols.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)];
}

const row = (seed: string, r: SectionRow): string[] => [
  seed,
  r.kind,
  String(r.numbers),
  pct(r.grounded, r.numbers),
  String(r.repaired),
  String(r.fallenBack),
  r.highlights ? `${r.highlights.covered}/${r.highlights.total}` : '',
  String(r.length),
  String(r.register),
];

/** Problems and measures of two departments' drafts sharing a passage once numbers are masked. */
function crossReuse(drafts: Map<string, DraftOutput>): number {
  const texts = [...drafts.values()].map((d) =>
    d.sections
      .filter((s) => s.kind === 'problems' || s.kind === 'measures')
      .map((s) => s.text.replace(/\n/g, '\n\n'))
      .join('\n\n'),
  );
  let n = 0;
  for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) n += findReuse(texts[i]!, blankLineRegions(texts[i]!), texts[j]!, blankLineRegions(texts[j]!)).length;
  return n;
}

/** Runs the drafting eval and returns the printed report. */
export async function runDraftEval(): Promise<string> {
  const out: string[] = [];
  const header = ['seed', 'section', 'numbers', 'grounded', 'repaired', 'fallback', 'highlights', 'length', 'register'];
  for (const provider of ['template', 'llm'] as const) {
    const lines: string[][] = [];
    const drafts = new Map<string, DraftOutput>();
    let repeats = 0;
    const total = { numbers: 0, grounded: 0, repaired: 0, fallenBack: 0, covered: 0, highlights: 0, length: 0, register: 0, sections: 0 };
    for (const seed of seeds()) {
      const valid = parseDraftInput(readJson(`requests/${seed}.json`));
      const draft = await draftValid(valid, { provider: provider === 'template' ? templateProvider : recordedProvider(seed) });
      drafts.set(seed, draft);
      const m = measureDraft(valid.request, draft);
      repeats += m.repeats;
      for (const r of m.rows) {
        lines.push(row(seed, r));
        total.numbers += r.numbers;
        total.grounded += r.grounded;
        total.repaired += r.repaired;
        total.fallenBack += r.fallenBack;
        total.covered += r.highlights?.covered ?? 0;
        total.highlights += r.highlights?.total ?? 0;
        total.length += r.length;
        total.register += r.register;
        total.sections++;
      }
    }
    lines.push([
      'all',
      `${total.sections} sections`,
      String(total.numbers),
      pct(total.grounded, total.numbers),
      String(total.repaired),
      String(total.fallenBack),
      `${total.covered}/${total.highlights}`,
      `avg ${Math.round(total.length / total.sections)}`,
      String(total.register),
    ]);
    out.push(`drafting — provider ${provider}${provider === 'llm' ? ' (recorded answers, fixtures/draft/recorded)' : ''}`, ...table(header, lines));
    out.push(`repeated passages across sections: ${repeats} (target 0); 存在问题/改进措施 passages shared by two departments: ${crossReuse(drafts)} (target 0)`, '');
  }
  out.push(
    'numbers: numbers stated in the section; grounded: share equal to a fact or a value computed from facts (target 100%);',
    'repaired / fallback: paragraphs fixed by the one repair round / replaced by the template text; highlights: work items',
    'covered (target all); length: characters; register: English punctuation, English, colloquialisms, 我 singular, 你, exclamation marks.',
  );
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await runDraftEval());
}
