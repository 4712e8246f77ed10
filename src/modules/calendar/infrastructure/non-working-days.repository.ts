import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

// Serializes replacements of one year (two-key advisory lock: namespace, year), so the
// days each audit event records as added and removed are exactly what its change did.
const REPLACE_LOCK = 7_412_003;

/**
 * non_working_days in plain SQL, like audit_events: the table is three columns read whole,
 * so it needs no entity. Days come back as text because pg turns `date` into a local-time
 * JS Date, which shifts the day in any zone west of UTC.
 */
@Injectable()
export class NonWorkingDaysRepository {
  constructor(private readonly dataSource: DataSource) {}

  async all(): Promise<Map<number, string[]>> {
    const rows = await this.dataSource.query<{ year: number; day: string }[]>(
      `SELECT year, to_char(day, 'YYYY-MM-DD') AS day FROM non_working_days ORDER BY day`,
    );
    const byYear = new Map<number, string[]>();
    for (const { year, day } of rows) {
      const days = byYear.get(year) ?? [];
      days.push(day);
      byYear.set(year, days);
    }
    return byYear;
  }

  async ofYear(year: number, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.query<{ day: string }[]>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day FROM non_working_days WHERE year = $1 ORDER BY day`,
      [year],
    );
    return rows.map((row) => row.day);
  }

  /** Call inside the caller's transaction; holds the year's lock until it ends. */
  async lockYear(manager: EntityManager, year: number): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [REPLACE_LOCK, year]);
  }

  /** Replaces the year's rows; notes of days kept survive, new days get none. */
  async replaceYear(manager: EntityManager, year: number, days: readonly string[]): Promise<void> {
    await manager.query(
      'DELETE FROM non_working_days WHERE year = $1 AND NOT (day = ANY($2::date[]))',
      [year, days],
    );
    await manager.query(
      `INSERT INTO non_working_days (day, year)
       SELECT d, $1 FROM unnest($2::date[]) AS d
       ON CONFLICT (day) DO NOTHING`,
      [year, days],
    );
  }
}
