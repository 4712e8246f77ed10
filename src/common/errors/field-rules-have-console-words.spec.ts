import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { ERROR_STATUS } from './error-codes';
import { FIELD_RULE_CODES, FIELD_RULES } from './field-refusal';
import { PROBLEM_RULE_CODES, PROBLEM_RULES } from './rule-problems';

type Words = Record<string, string>;

/**
 * The console's words of one language, read from its source: the web package is an ES
 * module Jest cannot require, so the file is transpiled and run as it is (plain objects).
 */
function localeOf(language: 'ru' | 'en'): { fieldErrors: Words; errors: Words } {
  const path = join(__dirname, '../../../web/src/locales', `${language}.ts`);
  const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const module = { exports: {} as Record<string, { fieldErrors: Words; errors: Words }> };
  runInNewContext(outputText, { module, exports: module.exports });
  return module.exports[language];
}

/** Both registries' rules, worded alike by the console (`fieldErrors.<code>`). */
const RULES: Record<string, readonly string[]> = { ...FIELD_RULES, ...PROBLEM_RULES };
const RULE_CODES = [...FIELD_RULE_CODES, ...PROBLEM_RULE_CODES];

it("names each rule in one registry only (they share the console's `fieldErrors`)", () => {
  expect(FIELD_RULE_CODES.filter((code) => code in PROBLEM_RULES)).toEqual([]);
});

describe.each(['ru', 'en'] as const)('the console in %s', (language) => {
  const { fieldErrors: words, errors } = localeOf(language);

  it('words every rule the API names: VALIDATION_FAILED and the problem lists', () => {
    expect(RULE_CODES.filter((code) => typeof words[code] !== 'string')).toEqual([]);
  });

  it('uses no argument a rule does not send ({{a}} the first, {{b}} the second, {{c}})', () => {
    const overreaching = RULE_CODES.filter((code) => {
      const placeholders = [...(words[code] ?? '').matchAll(/\{\{(\w+)/g)].map((m) => m[1]);
      const sent = ['a', 'b', 'c'].slice(0, RULES[code]?.length ?? 0);
      return placeholders.some((p) => !sent.includes(p));
    });
    expect(overreaching).toEqual([]);
  });

  it('has a headline for every error code', () => {
    const codes = Object.keys(ERROR_STATUS);
    expect(codes.filter((code) => typeof errors[code] !== 'string')).toEqual([]);
  });
});
