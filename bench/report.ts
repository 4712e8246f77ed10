import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchResults {
  bidIntake: {
    bidsPerSec: number;
    p50Ms: number;
    p99Ms: number;
    errors: number;
    tpcbTps: number;
    ratioToTpcb: number;
    [extra: string]: unknown;
  };
  deadlines: {
    tenders: number;
    allOpened: number;
    p50LatenessMs: number;
    p99LatenessMs: number;
    maxLatenessMs: number;
    [extra: string]: unknown;
  };
  evaluation10k: {
    openSec: number;
    protocolSec: number;
    awardSec: number;
    [extra: string]: unknown;
  };
  auditVerify: { events: number; eventsPerSec: number; [extra: string]: unknown };
  overdueSweep: { milestones: number; seconds: number; [extra: string]: unknown };
  peakRssMb: number;
  [extra: string]: unknown;
}

interface Row {
  figure: string;
  value: string;
  target: string;
  met: boolean | null;
}

const n = (x: number, digits = 0) =>
  Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: digits }) : String(x);

/** One row per figure the issue names, with its target (null: a context figure, no target). */
export function rows(r: BenchResults): Row[] {
  const evalSec = r.evaluation10k.openSec + r.evaluation10k.protocolSec + r.evaluation10k.awardSec;
  const baseline = r.baseline as {
    trivialGetPerSec: number;
    trivialGetP99Ms: number;
    trivialGetServerCpuMsPerRequest: number;
  };
  const cpuPerBid = r.bidIntake.serverCpuMsPerBid as number;
  return [
    {
      figure: 'TPC-B (pgbench -c 8 -j 2), tps',
      value: n(r.bidIntake.tpcbTps),
      target: '',
      met: null,
    },
    {
      figure: 'GET /me, req/s (p99 ms)',
      value: `${n(baseline.trivialGetPerSec)} (${n(baseline.trivialGetP99Ms)})`,
      target: '',
      met: null,
    },
    {
      figure: 'GET /me, server CPU ms per request',
      value: n(baseline.trivialGetServerCpuMsPerRequest, 2),
      target: '≤ 0.3',
      met: baseline.trivialGetServerCpuMsPerRequest <= 0.3,
    },
    {
      figure: 'Bid intake, server CPU ms per bid',
      value: n(cpuPerBid, 2),
      target: '',
      met: null,
    },
    {
      figure: 'Bid intake, CPU ms per bid: PostgreSQL / load generator / whole machine',
      value: [
        r.bidIntake.postgresCpuMsPerBid,
        r.bidIntake.loadGeneratorCpuMsPerBid,
        r.bidIntake.machineCpuMsPerBid,
      ]
        .map((v) => (typeof v === 'number' ? n(v, 2) : '—'))
        .join(' / '),
      target: '',
      met: null,
    },
    {
      figure: 'Bid intake, bids/s',
      value: n(r.bidIntake.bidsPerSec),
      target: '≥ 1,000',
      met: r.bidIntake.bidsPerSec >= 1000,
    },
    {
      figure: 'Bid intake p50 / p99, ms',
      value: `${n(r.bidIntake.p50Ms)} / ${n(r.bidIntake.p99Ms)}`,
      target: 'p99 ≤ 50',
      met: r.bidIntake.p99Ms <= 50,
    },
    {
      figure: 'Bid intake errors',
      value: n(r.bidIntake.errors),
      target: '0',
      met: r.bidIntake.errors === 0,
    },
    {
      figure: 'Bid intake / TPC-B',
      value: n(r.bidIntake.ratioToTpcb, 2),
      target: '≥ 0.6',
      met: r.bidIntake.ratioToTpcb >= 0.6,
    },
    {
      figure: 'Deadlines: opened / tenders',
      value: `${n(r.deadlines.allOpened)} / ${n(r.deadlines.tenders)}`,
      target: 'all',
      met: r.deadlines.allOpened === r.deadlines.tenders,
    },
    {
      figure: 'Deadlines: lateness p50, ms',
      value: n(r.deadlines.p50LatenessMs),
      target: '≤ 200',
      met: r.deadlines.p50LatenessMs <= 200,
    },
    {
      figure: 'Deadlines: lateness p99 / max, ms',
      value: `${n(r.deadlines.p99LatenessMs)} / ${n(r.deadlines.maxLatenessMs)}`,
      target: 'max ≤ 2,000',
      met: r.deadlines.maxLatenessMs <= 2000,
    },
    {
      figure: 'Evaluation: open / protocol / award, s',
      value: `${n(r.evaluation10k.openSec, 2)} / ${n(r.evaluation10k.protocolSec, 2)} / ${n(r.evaluation10k.awardSec, 2)}`,
      target: 'sum ≤ 2',
      met: evalSec <= 2,
    },
    {
      figure: 'Audit verify, events/s',
      value: `${n(r.auditVerify.eventsPerSec)} (${n(r.auditVerify.events)} events)`,
      target: '≥ 200,000',
      met: r.auditVerify.eventsPerSec >= 200000,
    },
    {
      figure: 'Overdue sweep, s',
      value: `${n(r.overdueSweep.seconds, 2)} (${n(r.overdueSweep.milestones)} milestones)`,
      target: '≤ 5',
      met: r.overdueSweep.seconds <= 5,
    },
    {
      figure: 'Server peak RSS, MB',
      value: n(r.peakRssMb),
      target: '≤ 300',
      met: r.peakRssMb <= 300,
    },
  ];
}

/** A markdown table, printed so a re-run can be pasted into BENCHMARKS.md as is. */
export function markdownTable(r: BenchResults): string {
  const mark = (met: boolean | null) => (met === null ? '' : met ? 'met' : '**missed**');
  return [
    '| figure | value | target | |',
    '| --- | --: | --- | --- |',
    ...rows(r).map((row) => `| ${row.figure} | ${row.value} | ${row.target} | ${mark(row.met)} |`),
  ].join('\n');
}

export function writeResults(r: BenchResults, at: Date): string {
  const dir = join(__dirname, '..', '..', '..', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${at.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  return file;
}
