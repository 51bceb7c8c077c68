// Lint for the whole tree: typescript-eslint with type information (floating promises and
// misused promises are errors), and React's hook rules for the Preact views (Preact's hooks
// follow the same rules). Formatting is Prettier's job (`npm run format`).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'tests/.artifacts/', 'tests/fixtures/**/*.html'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Node runs the benchmark and corpus scripts' TypeScript (scripts/*.ts, which load these) by
    // stripping types, which refuses parameter properties (`constructor(readonly x: T)`).
    files: ['utils/{sync,db,model,extract,url,sites}/**/*.ts', 'utils/*.ts'],
    rules: { '@typescript-eslint/parameter-properties': 'error' },
  },
  {
    // Vitest's asymmetric matchers (expect.stringMatching, expect.any…) are typed `any`.
    files: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
