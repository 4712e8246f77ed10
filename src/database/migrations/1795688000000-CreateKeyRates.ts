import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Bank of Russia key rate (DOMAIN.md §8: penalties accrue at the rate in force each day
 * of delay), one row per change, effective from the Moscow day given. Literal data, so
 * this migration never changes once it has run.
 *
 * Source: the Bank of Russia's key-rate decisions (cbr.ru, "Key rate"); a decision taken on
 * a Friday applies from the next Monday, which is the date stored. The seed begins with
 * the rate in force on 1 January 2024 and ends with the last decision its author could
 * confirm: 13 February 2026, a cut to 15.50 % from 16 February 2026. That is the "current"
 * rate until the admin records the later decisions with POST /admin/key-rates.
 */
const KEY_RATES: [effectiveFrom: string, ratePct: string][] = [
  ['2023-12-18', '16.00'],
  ['2024-07-29', '18.00'],
  ['2024-09-16', '19.00'],
  ['2024-10-28', '21.00'],
  ['2025-06-09', '20.00'],
  ['2025-07-28', '18.00'],
  ['2025-09-15', '17.00'],
  ['2025-10-27', '16.50'],
  ['2025-12-22', '16.00'],
  ['2026-02-16', '15.50'],
];

export class CreateKeyRates1795688000000 implements MigrationInterface {
  name = 'CreateKeyRates1795688000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE key_rates (
        effective_from date PRIMARY KEY,
        rate_pct numeric(5, 2) NOT NULL CHECK (rate_pct >= 0 AND rate_pct < 100),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `INSERT INTO key_rates (effective_from, rate_pct)
       SELECT * FROM unnest($1::date[], $2::numeric[])`,
      [KEY_RATES.map(([day]) => day), KEY_RATES.map(([, pct]) => pct)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE key_rates');
  }
}
