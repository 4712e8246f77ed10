import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { FIELD_RULE_CODES, FIELD_RULES } from './field-refusal';

/**
 * The console's `fieldErrors` of one language, read from its source: the web package is an
 * ES module Jest cannot require, so the file is transpiled and run as it is (plain objects).
 */
function fieldErrorsOf(language: 'ru' | 'en'): Record<string, string> {
  const path = join(__dirname, '../../../web/src/locales', `${language}.ts`);
  const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const module = { exports: {} as Record<string, { fieldErrors: Record<string, string> }> };
  runInNewContext(outputText, { module, exports: module.exports });
  return module.exports[language].fieldErrors;
}

describe.each(['ru', 'en'] as const)('the console in %s', (language) => {
  const words = fieldErrorsOf(language);

  it('words every rule the API names in a 400 VALIDATION_FAILED', () => {
    expect(FIELD_RULE_CODES.filter((code) => typeof words[code] !== 'string')).toEqual([]);
  });

  it('uses no argument a rule does not send ({{a}} the first, {{b}} the second)', () => {
    const overreaching = FIELD_RULE_CODES.filter((code) => {
      const placeholders = [...(words[code] ?? '').matchAll(/\{\{(\w+)/g)].map((m) => m[1]);
      const sent = ['a', 'b'].slice(0, FIELD_RULES[code].length);
      return placeholders.some((p) => !sent.includes(p));
    });
    expect(overreaching).toEqual([]);
  });
});
