// ESLint (flat config): typescript-eslint's `recommended` rules (syntax only, no type-checked
// rules) over the TypeScript and JavaScript of the repository; formatting is Prettier's
// (.prettierrc), checked by `npm run lint` after ESLint.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(globalIgnores(['dist/', 'node_modules/', '.wrangler/', 'test-results/', 'eval/out/']), js.configs.recommended, tseslint.configs.recommended, {
  languageOptions: {
    ecmaVersion: 'latest',
    sourceType: 'module',
    // Node for the CLI, scripts and tests; the browser for src/web and the browser tests' page code.
    globals: { ...globals.node, ...globals.browser },
  },
  linterOptions: { reportUnusedDisableDirectives: 'error' },
  rules: {
    // Chinese text uses the ideographic space (U+3000) in strings, templates and comments: flagged in code only.
    'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
    // Text clean-up matches control characters on purpose (XML 1.0 forbids most of them in a .docx).
    'no-control-regex': 'off',
    // Unused code is an error; a leading _ marks a parameter or binding kept on purpose.
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
  },
});
