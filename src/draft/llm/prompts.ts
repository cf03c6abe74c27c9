/** The drafting prompts as text: loaded from prompts/*.md (Node) or bundled as Text modules (Worker). */
export interface PromptSet {
  system: string;
  section: string;
  repair: string;
}

export const PROMPT_FILES: Record<keyof PromptSet, string> = {
  system: 'draft-system.md',
  section: 'draft-section.md',
  repair: 'draft-repair.md',
};

const CONTRACT = /^\s*<!--([\s\S]*?)-->\s*/;
const VAR = /\{\{\s*([a-z_]+)\s*\}\}/g;

/** The variables a prompt file declares in its contract comment ("Variables:" then one "  name  meaning" per line). */
export function declaredVariables(template: string): string[] {
  const m = CONTRACT.exec(template);
  if (!m) throw new Error('prompt has no contract comment at its top');
  const after = m[1]!.split(/Variables:\s*\n/)[1] ?? '';
  return [...after.matchAll(/^\s{2,}([a-z_]+)\s/gm)].map((x) => x[1]!);
}

/**
 * Renders a prompt: the contract comment is dropped and each {{name}} replaced. A variable used
 * but not declared, declared but not used, or not given, is a programming error and throws.
 */
export function renderPrompt(template: string, vars: Record<string, string>): string {
  const declared = declaredVariables(template);
  const body = template.replace(CONTRACT, '');
  const used = new Set([...body.matchAll(VAR)].map((x) => x[1]!));
  for (const name of used) if (!declared.includes(name)) throw new Error(`prompt uses undeclared variable ${name}`);
  for (const name of declared) {
    if (!used.has(name)) throw new Error(`prompt declares unused variable ${name}`);
    if (vars[name] === undefined) throw new Error(`prompt variable ${name} not given`);
  }
  for (const name of Object.keys(vars)) if (!declared.includes(name)) throw new Error(`prompt variable ${name} is not in the contract`);
  return body.replace(VAR, (_, name: string) => vars[name]!).trim();
}
