import type { BaseMessage } from '@langchain/core/messages';
import type { Runnable } from '@langchain/core/runnables';
import type { MessageContent } from '@langchain/core/messages';
import { ChatOpenAICompletions } from '@langchain/openai';
import type { ProviderFailure } from '../provider';
import { classifyError, type ClassifiedError } from './classify';
import type { LlmConfig } from './config';
import { ModelOutput, whyInvalid } from './output-schema';

type Structured = { raw: BaseMessage; parsed: ModelOutput | null };
type SectionModel = Runnable<BaseMessage[], Structured>;

/**
 * Chat Completions (the API every OpenAI-compatible server speaks, never the Responses API).
 * Token counts for a streamed answer are estimated locally: LangChain would otherwise download
 * a tiktoken table from the network, which hangs offline and costs a fetch in a Worker.
 */
class CompletionsModel extends ChatOpenAICompletions {
  override async getNumTokens(content: MessageContent): Promise<number> {
    const text = typeof content === 'string' ? content : content.map((p) => (typeof p === 'string' ? p : 'text' in p && typeof p.text === 'string' ? p.text : '')).join('');
    return Math.ceil(text.length / 2);
  }
}

/** The chat model with structured output validated by zod; LangChain's own retries are off (ours are below). */
export function createSectionModel(config: LlmConfig): SectionModel {
  const chat = new CompletionsModel({
    model: config.model,
    apiKey: config.apiKey,
    configuration: { ...(config.baseURL ? { baseURL: config.baseURL } : {}), ...(config.fetch ? { fetch: config.fetch } : {}) },
    timeout: config.timeoutMs,
    maxRetries: 0,
    streaming: config.stream,
    temperature: config.temperature,
  });
  return chat.withStructuredOutput(ModelOutput, { name: 'draft_section', method: config.method, includeRaw: true }) as unknown as SectionModel;
}

export type CallResult =
  | { ok: true; output: ModelOutput }
  /** An answer came back but is not a valid ModelOutput. */
  | { ok: false; invalid: true; raw: string; reason: string }
  | { ok: false; invalid: false; failure: ProviderFailure };

/** The answer's text: the message content, or the tool call's arguments. */
function rawText(m: BaseMessage): string {
  const c = m.content;
  const text = typeof c === 'string' ? c : c.map((p) => ('text' in p && typeof p.text === 'string' ? p.text : '')).join('');
  if (text.trim() !== '') return text;
  const call = (m as { tool_calls?: Array<{ args?: unknown }> }).tool_calls?.[0];
  return call?.args !== undefined ? JSON.stringify(call.args) : '';
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

function backoff(c: ClassifiedError, attempt: number, config: LlmConfig): number {
  const ms = c.retryAfter !== undefined ? c.retryAfter * 1000 : config.retryDelayMs * 2 ** (attempt - 1);
  return Math.min(ms, config.maxRetryDelayMs);
}

/** One model call with bounded retries on timeouts, 429 and 5xx; never throws. */
export async function callModel(model: SectionModel, messages: BaseMessage[], config: LlmConfig, signal?: AbortSignal): Promise<CallResult> {
  for (let attempt = 1; ; attempt++) {
    const deadline = AbortSignal.timeout(config.timeoutMs);
    try {
      const res = await model.invoke(messages, { signal: signal ? AbortSignal.any([signal, deadline]) : deadline });
      if (res.parsed) return { ok: true, output: res.parsed };
      const raw = rawText(res.raw);
      return { ok: false, invalid: true, raw, reason: whyInvalid(raw) };
    } catch (err) {
      const c = classifyError(err, deadline.aborted && !signal?.aborted);
      if (signal?.aborted || !c.retryable || attempt > config.maxRetries) {
        return { ok: false, invalid: false, failure: { kind: c.kind, ...(c.status ? { status: c.status } : {}), attempts: attempt } };
      }
      await wait(backoff(c, attempt, config), signal);
    }
  }
}
