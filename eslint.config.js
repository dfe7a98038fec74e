// ESLint for the kit's TypeScript and JavaScript. Type-aware rules (typescript-eslint with the project's tsconfig)
// catch what the compiler lets through: a promise nobody awaits, a promise where a callback must return nothing,
// and a cast that claims more than the value is. Prettier owns the layout; eslint-config-prettier turns off every
// rule that would fight it, and max-len comes back after it because Prettier leaves long comments and strings alone.

import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'output/',
      'reports/',
      '.stryker-tmp/',
      'tests/**/fixtures/',
      'tests/**/golden/',
    ],
  },
  {
    files: ['generator/**/*.{ts,mjs}', 'tests/**/*.{ts,mjs}', 'bench/**/*.ts', 'slides/setup/*.ts', '*.{js,mjs,ts}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked, prettier],
    languageOptions: {
      parserOptions: {
        projectService: {
          // Files outside tsconfig.json's include: the CLI's and the batch worker's .mjs entry points, the root
          // config files and Slidev's setup, which Slidev compiles itself. They get a default program.
          allowDefaultProject: [
            '*.js',
            '*.mjs',
            'vitest.stryker.config.ts',
            'slides/setup/*.ts',
            // generator/setup/facts.mjs and plan.mjs are not here: tests/setup imports them, so they are in the
            // tsconfig program already, and a file may not be in both; nor generator/cli/compiled.mjs (tests/cli).
            'generator/cli/kit.mjs',
            'generator/cli/compile.mjs',
            'generator/batch/*.mjs',
            'generator/setup/ensure.mjs',
            'tests/*.mjs',
            'tests/tools/*.mjs',
          ],
          // Ten such files today; each is small, so the default program's cost stays in seconds.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // In recommendedTypeChecked already; named here because they are why the kit lints at all.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Unsafe casts. no-unsafe-type-assertion: any `as` that narrows (JSON.parse(...) as Snapshot, error as Error)
      // claims what nothing checked; write a typed guard instead (none is suppressed: the few casts that are safe by
      // construction say why in an eslint-disable comment). consistent-type-assertions: no `{...} as T`,
      // which hides a missing field that `const x: T = {...}` reports. The no-unsafe-* rules of
      // recommendedTypeChecked keep `any` from flowing into typed code.
      '@typescript-eslint/no-unsafe-type-assertion': 'error',
      '@typescript-eslint/consistent-type-assertions': [
        'error',
        { assertionStyle: 'as', objectLiteralTypeAssertions: 'never' },
      ],
      // The kit strips terminal escapes and control characters from untrusted text on purpose (generator/input-text.ts,
      // the XML and PDF escapes); the rule exists to catch them by accident.
      'no-control-regex': 'off',
      // Regular expressions over indented YAML and CLI listings read best with the spaces the text has.
      'no-regex-spaces': 'off',
      // `_` names an argument or field kept for its position or left out of a rest object on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    // Plain JavaScript (the CLI's and the batch worker's entry shims, config files, tools) has no types: every
    // dynamic import is `any`. The promise rules still apply.
    files: ['**/*.{js,mjs}'],
    // Node's globals that the JavaScript files use (TypeScript files are checked by tsc instead of no-undef).
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    // Tests read back what the kit wrote (JSON.parse of a manifest, XML parsed into plain objects) and check its
    // shape with expect(); that check is the type guard, so reading fields of `any` there is the point, not a leak.
    files: ['tests/**/*.{ts,mjs}', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
