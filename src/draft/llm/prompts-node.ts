import { readFileSync } from 'node:fs';
import { PROMPT_FILES, type PromptSet } from './prompts';

/** Node (CLI, tests, eval): the prompt files read from the repository's prompts/ folder. */
export function nodePrompts(dir: URL = new URL('../../../prompts/', import.meta.url)): PromptSet {
  const read = (f: string) => readFileSync(new URL(f, dir), 'utf8');
  return { system: read(PROMPT_FILES.system), section: read(PROMPT_FILES.section), repair: read(PROMPT_FILES.repair) };
}
