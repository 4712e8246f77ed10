import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

const HEADING = '## Your first tender in ten curl calls';

/** The first ```bash block under the walk-through heading of README.md, as a newcomer copies it. */
function walkthrough(): string {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.split(HEADING)[1];
  if (section === undefined) throw new Error(`README.md has no "${HEADING}"`);
  const block = /```bash\n([\s\S]*?)```/.exec(section.split(/\n## /)[0]);
  if (!block) throw new Error('the walk-through has no ```bash block');
  return block[1];
}

describe('README walk-through: your first tender in ten curl calls', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('runs as pasted against a sandbox server and leaves the tender in evaluation', () => {
    const result = spawnSync('bash', ['-euo', 'pipefail', '-c', walkthrough()], {
      env: { ...process.env, API_URL: t.baseUrl },
      encoding: 'utf8',
      timeout: 50000,
    });
    if (result.status !== 0)
      throw new Error(`exit ${result.status}: ${result.stdout}\n${result.stderr}`);
    expect(result.stdout.trim().split('\n')).toEqual([
      'tendering',
      'submitted',
      expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      'evaluation',
    ]);
  });
});
