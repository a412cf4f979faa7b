// ESLint decides the easy mistakes, Prettier the formatting (`npm run lint`, run by .ci/run).
// The rules are typescript-eslint's recommended set; what is switched off below says why.
const js = require('@eslint/js');
const prettier = require('eslint-config-prettier');
const globals = require('globals');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      '.cache/',
      '.strapi/',
      '.tmp/',
      'node_modules/',
      'public/',
      'types/generated/',
      'client/openapi.ts',
      'tests/.output/',
      'bench/.work/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // `_name` marks an argument a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Scripts, benchmarks and migrations are plain CommonJS run by node.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      // `const crypto = require('crypto')` shadows Node's global of the same name on purpose.
      'no-redeclare': ['error', { builtinGlobals: false }],
    },
  },
  {
    // The example site runs in the browser; the typed client in browsers and Node alike.
    files: ['example-site/**/*.ts', 'client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.js'],
    languageOptions: { globals: { ...globals.jest } },
  },
  prettier
);
