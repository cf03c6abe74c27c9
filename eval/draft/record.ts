/**
 * Records a real model's answers for the drafting eval: drafts each request of
 * fixtures/draft/requests with the model configured in the environment (OPENAI_API_KEY,
 * OPENAI_BASE_URL, JIXIAO_MODEL …) and writes, per section, the first answer and the answer to
 * the repair round to fixtures/draft/recorded/<seed>.json — the files the eval replays.
 *
 * Run: npx tsx eval/draft/record.ts [seed …]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { draftValid, llmConfigFromEnv, parseDraftInput } from '../../src/draft';
import { sectionAsked, type Recording } from '../../src/draft/llm/fixture-replay';
import { nodePrompts } from '../../src/draft/llm/prompts-node';
import { createLlmProvider } from '../../src/draft/llm/provider';

const FIXTURES = new URL('../../fixtures/draft/', import.meta.url);

/** A fetch that passes calls through and keeps each answer's content by section and round. */
function recordingFetch(recording: Recording): typeof fetch {
  const rounds = new Map<string, number>();
  return async (input, init) => {
    const res = await fetch(input, init);
    const body = JSON.parse(String(init?.body ?? '{}')) as { messages: Array<{ role: string; content: unknown }> };
    const kind = sectionAsked(body.messages);
    if (!kind || !res.ok) return res;
    const json = (await res.clone().json()) as { choices?: Array<{ message?: { content?: string | null; tool_calls?: Array<{ function: { arguments: string } }> } }> };
    const m = json.choices?.[0]?.message;
    const content = m?.content || m?.tool_calls?.[0]?.function.arguments || '';
    let answer: unknown = content;
    try {
      answer = JSON.parse(content);
    } catch {
      // keep a malformed answer as the text it was
    }
    const round = rounds.get(kind) ?? 0;
    rounds.set(kind, round + 1);
    const entry = recording[kind] ?? { answer };
    if (round > 0) entry.repair = answer;
    recording[kind] = entry;
    return res;
  };
}

const config = llmConfigFromEnv(process.env);
if (!config) {
  console.error('未配置大模型：请设置 JIXIAO_MODEL，以及 OPENAI_API_KEY 或 OPENAI_BASE_URL。');
  process.exit(2);
}
const all = readdirSync(new URL('requests/', FIXTURES))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace('.json', ''));
for (const seed of process.argv.length > 2 ? process.argv.slice(2) : all) {
  const recording: Recording = {};
  const provider = createLlmProvider({ ...config, stream: false, fetch: recordingFetch(recording) }, nodePrompts());
  const request = JSON.parse(readFileSync(new URL(`requests/${seed}.json`, FIXTURES), 'utf8'));
  const draft = await draftValid(parseDraftInput(request), { provider, concurrency: 1 });
  writeFileSync(new URL(`recorded/${seed}.json`, FIXTURES), `${JSON.stringify(recording, null, 2)}\n`);
  console.log(`${seed}: ${draft.grounding.numbers} numbers, ${draft.grounding.repaired} repaired, ${draft.grounding.fallenBack} fallen back; ${draft.notes.map((n) => n.code).join(', ') || 'no notes'}`);
}
