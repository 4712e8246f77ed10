import type { EntityManager } from 'typeorm';

export interface NewProductionReport {
  id: string;
  contractId: string;
  year: number;
  producedByItem: Record<string, number>;
  documentIds: string[];
  submittedBy: string;
  submittedAt: Date;
}

export async function insertProductionReport(
  m: EntityManager,
  r: NewProductionReport,
): Promise<void> {
  await m.query(
    `INSERT INTO production_reports (id, contract_id, year, produced_by_item, document_ids, submitted_by, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      r.id,
      r.contractId,
      r.year,
      JSON.stringify(r.producedByItem),
      r.documentIds,
      r.submittedBy,
      r.submittedAt,
    ],
  );
}

export interface ProductionReportRow {
  id: string;
  contract_id: string;
  year: number;
  produced_by_item: Record<string, number>;
  document_ids: string[];
  submitted_at: Date;
  decision: 'accepted' | 'rejected' | null;
  comment: string | null;
  reviewer_id: string | null;
  reviewed_at: Date | null;
}

/** The contract's production reports, by year then submission. */
export function productionReportsOf(
  m: EntityManager,
  contractId: string,
): Promise<ProductionReportRow[]> {
  return m.query<ProductionReportRow[]>(
    'SELECT * FROM production_reports WHERE contract_id = $1 ORDER BY year, submitted_at, id',
    [contractId],
  );
}

export async function productionReportOf(
  m: EntityManager,
  contractId: string,
  reportId: string,
): Promise<ProductionReportRow | undefined> {
  const [row] = await m.query<ProductionReportRow[]>(
    'SELECT * FROM production_reports WHERE id = $1 AND contract_id = $2 FOR UPDATE',
    [reportId, contractId],
  );
  return row;
}

export async function recordProductionReview(
  m: EntityManager,
  r: { reportId: string; decision: string; comment: string; reviewerId: string; at: Date },
): Promise<void> {
  await m.query(
    `UPDATE production_reports SET decision = $2, comment = $3, reviewer_id = $4, reviewed_at = $5
     WHERE id = $1`,
    [r.reportId, r.decision, r.comment, r.reviewerId, r.at],
  );
}

/** Units accepted per Moscow calendar year and item (the base of the output share). */
export async function acceptedUnitsByYear(
  m: EntityManager,
  contractId: string,
): Promise<{ year: number; item: string; units: number }[]> {
  return m.query<{ year: number; item: string; units: number }[]>(
    `SELECT extract(year FROM d.accepted_at AT TIME ZONE 'Europe/Moscow')::int AS year, o.item,
       sum(d.accepted_quantity)::int AS units
     FROM supply_deliveries d JOIN supply_orders o ON o.id = d.order_id
     WHERE d.contract_id = $1 AND d.accepted_quantity > 0
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [contractId],
  );
}

export interface ProductionReportClockRow {
  deliveryYears: number[];
  reportedYears: number[];
  missedYears: number[];
}

/** What the chronograph needs to find a missing production report. */
export async function productionReportClock(
  m: EntityManager,
  contractId: string,
): Promise<ProductionReportClockRow> {
  return (await productionReportClocks(m, [contractId])).get(
    contractId,
  ) as ProductionReportClockRow;
}

/** productionReportClock for many contracts in one statement (the chronograph's batches). */
export async function productionReportClocks(
  m: EntityManager,
  contractIds: readonly string[],
): Promise<Map<string, ProductionReportClockRow>> {
  const rows = await m.query<
    { id: string; delivery_years: number[]; reported_years: number[]; missed_years: number[] }[]
  >(
    `SELECT k.id,
       ARRAY(SELECT DISTINCT extract(year FROM d.accepted_at AT TIME ZONE 'Europe/Moscow')::int
             FROM supply_deliveries d WHERE d.contract_id = k.id AND d.accepted_quantity > 0) AS delivery_years,
       ARRAY(SELECT DISTINCT r.year FROM production_reports r
             WHERE r.contract_id = k.id AND r.decision = 'accepted') AS reported_years,
       ARRAY(SELECT x.year FROM production_report_misses x WHERE x.contract_id = k.id) AS missed_years
     FROM unnest($1::uuid[]) AS k(id)`,
    [contractIds],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        deliveryYears: r.delivery_years,
        reportedYears: r.reported_years,
        missedYears: r.missed_years,
      },
    ]),
  );
}

/** Records that a year's report was missing at its due date; false if already recorded. */
export async function recordMissingProductionReport(
  m: EntityManager,
  contractId: string,
  year: number,
  dueAt: Date,
  at: Date,
): Promise<boolean> {
  const rows = await m.query<unknown[]>(
    `INSERT INTO production_report_misses (contract_id, year, due_at, recorded_at)
     VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1`,
    [contractId, year, dueAt, at],
  );
  return rows.length > 0;
}
