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
      expect(out).toMatch(/^\[ 1\/46\] Admin .* logged in$/m);
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
      // CONTRACT.md §5: a week late on one tranche and one tranche unreported is a fraction
      // of a percent of the contract, not billions.
      const [, share] =
        /penalties: accrued [1-9]\d*\.\d\d RUB .* = (\d+\.\d\d) % of the contract value/.exec(
          out,
        ) ?? [];
      expect(Number(share)).toBeGreaterThan(0);
      expect(Number(share)).toBeLessThan(1);
      expect(out).toMatch(/MILESTONE_DELAY .*: \d+ day\(s\) on 150000000\.00 RUB/);
      expect(out).toMatch(/issued a claim for [1-9]\d*\.\d\d RUB in \d+ item\(s\) .* → issued/);
      // Two items (CONTRACT.md §1): each bid prices both, the contract's stage holds both.
      expect(out).toMatch(/bid 1\d{6}\.00 RUB\/LFP pack, [89]\d{5}\.00 RUB\/NMC pack/);
      expect(out).toMatch(/reported "Building permit" .* accepted → met_late$/m);
      expect(out).toMatch(/reported "First packs shipped" .* accepted → met$/m);
      expect(out).toMatch(
        /Year 4 begins on .*: 400 × LFP .* and 300 × NMC .* planned, stage value [1-9]\d*\.\d\d RUB/,
      );
      expect(out).toMatch(/ordered 250 × LFP .* → placed/);
      expect(out).toMatch(/ordered 150 × NMC .* → placed/);
      expect(out).toMatch(/accepted 240 LFP packs: .* → placed/);
      expect(out).toMatch(/accepted 10 LFP packs: .* → fulfilled$/m);
      expect(out).toMatch(/the NMC order due .* → overdue$/m);
      expect(out).toMatch(/accepted 150 NMC packs: .* → fulfilled_late/);
      expect(out).toMatch(
        /Stage 4: LFP ordered 250, delivered 260, accepted 250 \([1-9]\d*\.\d\d RUB\) of 400; NMC ordered 150, delivered 150, accepted 150 \([1-9]\d*\.\d\d RUB\) of 300/,
      );
      expect(out).toMatch(/reviewed the production reports → accepted(, accepted)?$/m);
      expect(out).toMatch(/Compliance → on_track; findings: none/);
      expect(out).toMatch(/met 2, met late 2, overdue 0/);
      expect(out).toMatch(/verified [1-9]\d*\.\d\d RUB \(100 %\)/);
      expect(out).toContain('[46/46]');
      expect(out).toContain('Demo finished');
    }
  }, 150000);
});
