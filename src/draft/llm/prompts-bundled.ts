// Worker: the prompt files bundled as wrangler Text modules (wrangler.toml [[rules]] type = "Text" for **/*.md);
// the workers vitest project reads the same rules. Import this module only where .md imports resolve.
import repair from '../../../prompts/draft-repair.md';
import section from '../../../prompts/draft-section.md';
import system from '../../../prompts/draft-system.md';
import type { PromptSet } from './prompts';

export const BUNDLED_PROMPTS: PromptSet = { system, section, repair };
