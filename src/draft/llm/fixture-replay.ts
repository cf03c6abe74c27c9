// For tests and the eval (not used in production): answering chat requests from recorded answers.
import { SECTION_KINDS, SECTION_TITLES, type SectionKind } from '../sections';

/** The section a drafting request asks for, from its user message. */
export function sectionAsked(messages: ReadonlyArray<{ role: string; content: unknown }>): SectionKind | null {
  const user = messages.find((m) => m.role === 'user')?.content;
  const text = typeof user === 'string' ? user : JSON.stringify(user ?? '');
  return SECTION_KINDS.find((k) => text.includes(`请起草“${SECTION_TITLES[k]}”一节`)) ?? null;
}

/** An OpenAI chat.completion body whose message content is `content`. */
export function completionBody(content: string) {
  return {
    id: 'chatcmpl-recorded',
    object: 'chat.completion',
    created: 0,
    model: 'recorded',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  };
}

/** Recorded answers of one request: per section, the first answer and (optionally) the answer to the repair round. */
export type Recording = Partial<Record<SectionKind, { answer: unknown; repair?: unknown }>>;

const asContent = (a: unknown) => (typeof a === 'string' ? a : JSON.stringify(a));

/**
 * A fetch that answers drafting calls from a recording: the first call of a section gets its
 * answer, later calls its repair answer (or the answer again, as a model repeating itself would).
 */
export function replayFetch(recording: Recording): typeof fetch {
  const rounds = new Map<SectionKind, number>();
  return async (_input, init) => {
    const body = JSON.parse(String(init?.body ?? '{}')) as { messages: Array<{ role: string; content: unknown }> };
    const kind = sectionAsked(body.messages);
    const rec = kind ? recording[kind] : undefined;
    if (!kind || !rec) return new Response(JSON.stringify({ error: { message: 'no recording' } }), { status: 404 });
    const round = rounds.get(kind) ?? 0;
    rounds.set(kind, round + 1);
    const answer = round > 0 && rec.repair !== undefined ? rec.repair : rec.answer;
    return new Response(JSON.stringify(completionBody(asContent(answer))), { headers: { 'content-type': 'application/json' } });
  };
}
