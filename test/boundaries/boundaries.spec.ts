/**
 * The module-boundary rules of `npm run lint` fire: test/fixtures/boundaries holds a
 * miniature src/ with one deliberate violation per rule (see its README), and each is
 * reported, by the same dependency-cruiser rules and ESLint persistence rule (`.query(` and
 * entity-class calls) the project uses, and nothing else is.
 *
 * Both tools run as their CLIs in a child process, as `npm run lint` runs them: they load
 * ESM (dependency-cruiser is ESM only, ESLint imports its .mjs config), which Jest's module
 * system cannot do without --experimental-vm-modules.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repo = join(__dirname, '..', '..');
const fixture = join(repo, 'test', 'fixtures', 'boundaries');
const bin = (name: string) => join(repo, 'node_modules', '.bin', name);

function run(tool: string, args: string[]): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, [bin(tool), ...args], {
    cwd: fixture,
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  if (result.stderr) throw new Error(`${tool} failed (exit ${result.status}): ${result.stderr}`);
  return { status: result.status, stdout: result.stdout };
}

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
}
interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

describe('module boundaries (dependency-cruiser)', () => {
  const args = ['src', '--config', '.dependency-cruiser.cjs'];
  const { stdout } = run('depcruise', [...args, '--output-type', 'json']);
  const violations = (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary
    .violations;
  const found = violations.map((v) => `${v.rule.name}: ${v.from}`).sort();

  it('fails the run, as npm run lint calls it (the default err reporter sets the exit code)', () => {
    expect(run('depcruise', args).status).toBeGreaterThan(0);
    expect(violations.every((v) => v.rule.severity === 'error')).toBe(true);
  });

  it.each([
    ['no-module-internals', 'src/modules/beta/application/reach-in.ts'],
    ['module-layers', 'src/modules/alpha/application/upward.ts'],
    ['module-layers', 'src/modules/gamma/gamma.ts'],
    ['no-circular', 'src/modules/alpha/application/cycle-a.ts'],
    ['pure-domain', 'src/modules/alpha/domain/uses-typeorm.ts'],
    ['pure-domain', 'src/modules/alpha/domain/uses-nest.ts'],
    ['pure-domain', 'src/modules/alpha/domain/uses-infrastructure.ts'],
    ['common-below-modules', 'src/common/uses-module.ts'],
    ['entities-in-infrastructure', 'src/modules/alpha/application/alpha-entity.ts'],
  ])('reports %s for %s', (rule, file) => {
    expect(found).toContain(`${rule}: ${file}`);
  });

  it('reports nothing else: clean files, and a cycle or an entity import that is type-only, pass', () => {
    expect(found).toEqual(
      [
        'common-below-modules: src/common/uses-module.ts',
        'entities-in-infrastructure: src/modules/alpha/application/alpha-entity.ts',
        'module-layers: src/modules/alpha/application/upward.ts',
        'module-layers: src/modules/gamma/gamma.ts',
        'no-circular: src/modules/alpha/application/cycle-a.ts',
        'no-module-internals: src/modules/beta/application/reach-in.ts',
        'pure-domain: src/modules/alpha/domain/uses-infrastructure.ts',
        'pure-domain: src/modules/alpha/domain/uses-nest.ts',
        'pure-domain: src/modules/alpha/domain/uses-typeorm.ts',
      ].sort(),
    );
  });
});

describe('persistence only in infrastructure/ (ESLint)', () => {
  const { status, stdout } = run('eslint', ['--config', 'eslint.config.mjs', '-f', 'json', 'src']);
  const problems = (JSON.parse(stdout) as LintResult[]).flatMap((r) =>
    r.messages.map((m) => ({ file: r.filePath.slice(fixture.length + 1), ...m })),
  );

  it('reports the .query( and preparedQuery( calls and the entity-class call in application/, and only those', () => {
    expect(status).not.toBe(0);
    expect(problems).toEqual([
      expect.objectContaining({
        file: join('src', 'modules', 'alpha', 'application', 'alpha-entity.ts'),
        ruleId: 'no-restricted-syntax',
        message: expect.stringContaining(
          "Entity persistence only in the owning module's infrastructure/",
        ) as string,
      }),
      expect.objectContaining({
        file: join('src', 'modules', 'alpha', 'application', 'alpha-prepared.ts'),
        ruleId: 'no-restricted-syntax',
        message: expect.stringContaining('instead of `preparedQuery(`') as string,
      }),
      expect.objectContaining({
        file: join('src', 'modules', 'alpha', 'application', 'alpha-sql.ts'),
        ruleId: 'no-restricted-syntax',
        message: expect.stringContaining(
          "SQL only in the owning module's infrastructure/",
        ) as string,
      }),
    ]);
  });
});
