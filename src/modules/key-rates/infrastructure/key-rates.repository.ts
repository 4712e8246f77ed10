import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { KeyRateView } from '../application/key-rate-view';

interface KeyRateRow {
  effective_from: string;
  rate_pct: string;
}

const COLUMNS = `to_char(effective_from, 'YYYY-MM-DD') AS effective_from, rate_pct::text AS rate_pct`;

function toView(row: KeyRateRow): KeyRateView {
  return { effectiveFrom: row.effective_from, ratePct: row.rate_pct };
}

/**
 * key_rates in plain SQL, like non_working_days: a small table read whole. The day comes
 * back as text (pg would make a local-time Date of it) and the rate as numeric(5,2) text,
 * which always prints two decimals.
 */
@Injectable()
export class KeyRatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async all(manager: EntityManager = this.dataSource.manager): Promise<KeyRateView[]> {
    const rows = await manager.query<KeyRateRow[]>(
      `SELECT ${COLUMNS} FROM key_rates ORDER BY key_rates.effective_from`,
    );
    return rows.map(toView);
  }

  async on(manager: EntityManager, effectiveFrom: string): Promise<KeyRateView | null> {
    const rows = await manager.query<KeyRateRow[]>(
      `SELECT ${COLUMNS} FROM key_rates WHERE effective_from = $1`,
      [effectiveFrom],
    );
    return rows.length > 0 ? toView(rows[0]) : null;
  }

  /** False when the day already has a rate; the primary key decides, so no race. */
  async insert(manager: EntityManager, rate: KeyRateView, at: Date): Promise<boolean> {
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO key_rates (effective_from, rate_pct, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (effective_from) DO NOTHING RETURNING effective_from`,
      [rate.effectiveFrom, rate.ratePct, at],
    );
    return inserted.length > 0;
  }
}
