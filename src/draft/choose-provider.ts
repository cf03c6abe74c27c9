import { JixiaoError } from '../errors';
import type { LlmConfig } from './llm/config';
import { templateProvider, type DraftProvider } from './provider';

/**
 * The provider for a run: the one asked for, else the model when one is configured, else the
 * template. Asking for the model when none is configured is LLM_NOT_CONFIGURED. The model
 * provider is built by `makeLlm` only when needed, so template drafts never load LangChain.
 */
export async function chooseProvider(asked: string | undefined, config: LlmConfig | null, makeLlm: (config: LlmConfig) => Promise<DraftProvider>): Promise<DraftProvider> {
  if (asked !== undefined && asked !== 'template' && asked !== 'llm') {
    throw new JixiaoError('INVALID_DRAFT_REQUEST', `provider 只能是 template 或 llm（收到：${asked.slice(0, 20)}）。`);
  }
  const name = asked ?? (config ? 'llm' : 'template');
  if (name === 'template') return templateProvider;
  if (!config) throw new JixiaoError('LLM_NOT_CONFIGURED');
  return makeLlm(config);
}
