// ESLint (flat config) with typescript-eslint's recommended rules over every TypeScript file
// of the site, the Studio, the scripts and the tests. Without type information: the type
// checker already runs in `npm run typecheck` (astro check, strictest), and a type-aware lint
// of ~450 files would cost minutes on the CI machines. `.astro` files are not linted: their
// frontmatter and expressions are type-checked by astro check, and eslint-plugin-astro would
// add a parser for little more. Every override below says why.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Build output, generated files and the vendored browser bundle of the search benchmark.
    ignores: ['dist/**', 'studio-dist/**', '.tmp/**', '.astro/**', '.sanity/**', 'node_modules/**', 'test-results/**', 'site/lib/data/sanity.types.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: {
        // Node (build, scripts, tests) and the browser (islands, the search worker, the Studio).
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      // The type checker (strictest tsconfig: noUnusedLocals, noUnusedParameters) already
      // reports unused names, with the `_` convention for intentionally unused ones.
      '@typescript-eslint/no-unused-vars': 'off',
      // Globals are TypeScript's business (lib.dom, @types/node); no-undef knows neither.
      'no-undef': 'off',
      // Matching control characters is the point where they appear: the content check and the
      // link rule refuse them in hostile input, log readers strip ANSI escapes.
      'no-control-regex': 'off',
      // Full-width spaces (U+3000) are real input in Chinese codes and names; comments,
      // strings and templates show them as examples. Code itself must not contain them.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true }],
      // `declare global { namespace NodeJS { interface ProcessEnv … } }` is how @types/node
      // types process.env; no runtime namespace is allowed.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    // Playwright reads a hook's fixtures from its first parameter and requires an object
    // pattern there, even an empty one (`async ({}, testInfo) => …`).
    files: ['tests/e2e/**', 'tests/studio/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
