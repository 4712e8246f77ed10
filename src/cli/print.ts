import Decimal from 'decimal.js';
/** Console output for the demo: one line per step, the scores table, the compliance summary. */
export class Progress {
  private step = 0;
  constructor(private readonly total: number) {}

  line(text: string): void {
    this.step += 1;
    const width = String(this.total).length;
    console.log(`[${String(this.step).padStart(width)}/${this.total}] ${text}`);
  }
}

const pad = (value: string | number | null | undefined, width: number) =>
  String(value ?? '—').padStart(width);

export function printScores(protocol: any, names: Map<string, string>): void {
  const codes = ['price', 'investment', 'buildTime', 'localization', 'technology', 'total'];
  console.log('');
  console.log(`Scores (evaluation protocol, status ${protocol.status}):`);
  console.log(
    `  ${'rank'.padEnd(5)}${'bidder'.padEnd(28)}${codes.map((c) => pad(c, 13)).join('')}`,
  );
  const rows = [...protocol.bids].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));
  for (const row of rows) {
    const name = names.get(row.bidId) ?? row.bidId;
    const scores = codes.map((c) => pad(row.scores?.[c], 13)).join('');
    console.log(`  ${String(row.rank ?? '—').padEnd(5)}${name.padEnd(28)}${scores}`);
  }
  console.log('');
}

export function printCompliance(summary: any): void {
  const m = summary.schedule?.milestones ?? {};
  console.log('');
  console.log(`Compliance summary as of ${summary.asOf}: status ${summary.status}`);
  console.log(
    `  milestones: pending ${m.pending}, reported ${m.reported}, met ${m.met}, met late ${m.metLate}, overdue ${m.overdue}`,
  );
  if (summary.investment) {
    console.log(
      `  investment: committed ${summary.investment.committedRub} RUB, verified ${summary.investment.verifiedRub} RUB (${summary.investment.verifiedPct} %)`,
    );
  }
  const p = summary.penalties;
  const share = new Decimal(p.accruedRub).div(p.capRub).times(100).toFixed(2);
  console.log(
    `  penalties: accrued ${p.accruedRub} RUB${p.capped ? ' (capped)' : ''} at the key rate ${p.keyRatePct} % in ${p.items.length} item(s) = ${share} % of the contract value ${p.capRub} RUB`,
  );
  for (const i of p.items) {
    console.log(
      `    ${i.basis} ${i.from}…${i.to}: ${i.days} day(s) on ${i.baseRub} RUB → ${i.amountRub} RUB`,
    );
  }
  console.log(
    `  claimed ${p.claimedRub} RUB, paid ${p.paidRub} RUB, written off ${p.writtenOffRub} RUB`,
  );
  console.log('');
}
