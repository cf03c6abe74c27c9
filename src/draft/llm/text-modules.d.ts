// Prompt files imported as strings (wrangler Text modules; see prompts-bundled.ts).
declare module '*.md' {
  const text: string;
  export default text;
}
