// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Persistence lives in a module's infrastructure/ (or database/ and its migrations): no `.query(`
 * call, and no TypeORM call given an entity class (`m.save(TenderEntity, …)`,
 * `getRepository(UserEntity)`), anywhere else in src/. Both selectors are in one
 * `no-restricted-syntax` entry: a later entry for the same files would replace this one.
 * Exported so the boundaries spec lints its fixture with it.
 */
export const sqlOnlyInInfrastructure = {
  files: ['src/**/*.ts'],
  ignores: [
    'src/**/infrastructure/**',
    'src/database/**',
    // Cross-cutting store of the sandbox_clock table, which belongs to no module.
    'src/common/clock/sandbox-clock.ts',
    // Cross-cutting store of the idempotency_keys table, which belongs to no module.
    'src/common/idempotency/idempotency.store.ts',
    // The runner of the owners' prepared statements: the SQL is the caller's (see below).
    'src/common/persistence/prepared-query.ts',
    // BEGIN, COMMIT and ROLLBACK of the pipelined transaction; the rest is the caller's.
    'src/common/persistence/pipelined-transaction.ts',
  ],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='query']",
        message:
          "SQL only in the owning module's infrastructure/ (or database/): call a typed query function from there instead of `.query(`.",
      },
      {
        selector: "CallExpression[callee.name='preparedQuery']",
        message:
          "SQL only in the owning module's infrastructure/ (or database/): call a typed query function from there instead of `preparedQuery(`.",
      },
      {
        selector:
          "CallExpression[arguments.0.type='Identifier'][arguments.0.name=/^[A-Z]\\w*Entity$/]",
        message:
          "Entity persistence only in the owning module's infrastructure/ (or database/): call a named function from there instead of passing an entity class.",
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'eslint.config.mjs',
      'jest.config.js',
      '.dependency-cruiser.cjs',
      // One deliberate violation per boundary rule: linted by test/boundaries with its own config.
      'test/fixtures/**',
      // The console is its own package, type-checked strictly by its own tsc (web/tsconfig.json).
      'web/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'error',
    },
  },
  {
    // Domain code is pure: the architecture of shared/STYLE.md, enforced.
    files: ['src/**/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*'], message: 'domain/ is pure: no Nest here.' },
            { group: ['typeorm', 'typeorm/*'], message: 'domain/ is pure: no TypeORM here.' },
          ],
        },
      ],
    },
  },
  sqlOnlyInInfrastructure,
  {
    files: ['**/*.spec.ts', 'test/**/*.ts', 'bench/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
