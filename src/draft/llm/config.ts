/** How LangChain asks for structured output: a JSON schema, a tool call, or plain JSON mode. */
type StructuredMethod = 'jsonSchema' | 'functionCalling' | 'jsonMode';

/** Everything needed to reach an OpenAI-compatible chat endpoint; built at the edge, passed in. */
export interface LlmConfig {
  model: string;
  apiKey: string;
  /** OpenAI-compatible endpoint (DeepSeek, Qwen, vLLM, Ollama …); the OpenAI API when absent. */
  baseURL?: string;
  method: StructuredMethod;
  /** Ask the endpoint to stream its answer (assembled before checking). */
  stream: boolean;
  /** Per call, in ms. */
  timeoutMs: number;
  /** Retries after a timeout, 429 or 5xx (the first call not counted). */
  maxRetries: number;
  /** First backoff delay in ms (doubled each retry); Retry-After is honoured up to maxRetryDelayMs. */
  retryDelayMs: number;
  maxRetryDelayMs: number;
  temperature: number;
  /** Injected fetch (tests, recording); the global fetch otherwise. */
  fetch?: typeof fetch;
}

export const LLM_DEFAULTS = { method: 'jsonMode', stream: false, timeoutMs: 60_000, maxRetries: 2, retryDelayMs: 1_000, maxRetryDelayMs: 20_000, temperature: 0.3 } as const;

/** The environment variables that configure the model (Worker bindings or process.env). */
export interface LlmEnv {
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  JIXIAO_MODEL?: string;
  JIXIAO_LLM_METHOD?: string;
  JIXIAO_LLM_STREAM?: string;
  JIXIAO_LLM_TIMEOUT_MS?: string;
  JIXIAO_LLM_MAX_RETRIES?: string;
}

const METHODS: readonly StructuredMethod[] = ['jsonSchema', 'functionCalling', 'jsonMode'];

/**
 * The model configuration in an environment, or null when none is configured: a model name
 * and either a key or an endpoint (a local vLLM or Ollama needs no key).
 */
export function llmConfigFromEnv(env: LlmEnv): LlmConfig | null {
  const model = env.JIXIAO_MODEL?.trim();
  const apiKey = env.OPENAI_API_KEY?.trim();
  const baseURL = env.OPENAI_BASE_URL?.trim();
  if (!model || (!apiKey && !baseURL)) return null;
  const method = env.JIXIAO_LLM_METHOD?.trim() as StructuredMethod | undefined;
  const timeout = Number(env.JIXIAO_LLM_TIMEOUT_MS);
  const retries = env.JIXIAO_LLM_MAX_RETRIES?.trim() ? Number(env.JIXIAO_LLM_MAX_RETRIES) : NaN;
  return {
    ...LLM_DEFAULTS,
    model,
    apiKey: apiKey || 'not-needed',
    ...(baseURL ? { baseURL } : {}),
    ...(method && METHODS.includes(method) ? { method } : {}),
    stream: env.JIXIAO_LLM_STREAM === '1' || env.JIXIAO_LLM_STREAM === 'true',
    ...(Number.isFinite(timeout) && timeout > 0 ? { timeoutMs: timeout } : {}),
    ...(Number.isInteger(retries) && retries >= 0 && retries <= 10 ? { maxRetries: retries } : {}),
  };
}
