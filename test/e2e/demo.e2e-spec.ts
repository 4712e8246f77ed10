import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

const DEMO = join(__dirname, '..', '..', 'dist', 'cli', 'demo.js');

describe('npm run demo (dist/cli/demo.js)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const runDemo = () =>
    spawnSync(process.execPath, [DEMO], {
      env: { ...process.env, API_URL: t.baseUrl },
      encoding: 'utf8',
      timeout: 60000,
    });

  it('plays the battery tender end to end, twice in a row on the same server', () => {
    for (let run = 1; run <= 2; run++) {
      const result = runDemo();
      if (result.status !== 0) throw new Error(`run ${run}: ${result.stdout}\n${result.stderr}`);
      const out = result.stdout;
      expect(out).toMatch(/^\[ 1\/42\] Admin .* logged in$/m);
      expect(out).toMatch(/published the tender.* → tendering/);
      expect(out).toMatch(/moved past the deadline.* → evaluation/);
      expect(out).toContain('Scores (evaluation protocol, status final)');
      expect(out).toMatch(/filed a complaint → pending/);
      expect(out).toMatch(/stand-still passed → contracting/);
      expect(out).toMatch(/countersigned for the customer → active/);
      expect(out).toMatch(/accepted the report → met_late/);
      expect(out).toMatch(/unreported → overdue/);
      expect(out).toMatch(/Compliance summary as of .*: status \w+/);
      expect(out).toMatch(/met late 1, overdue 1/);
      expect(out).toMatch(/penalties: accrued [1-9]\d*\.\d\d RUB/);
      expect(out).toMatch(/accepted 380: .* → placed/);
      expect(out).toMatch(/→ overdue$/m);
      expect(out).toMatch(/accepted 300: .* → fulfilled_late/);
      expect(out).toMatch(/reviewed the production report → accepted/);
      expect(out).toContain('[42/42]');
      expect(out).toContain('Demo finished');
    }
  }, 150000);
});
