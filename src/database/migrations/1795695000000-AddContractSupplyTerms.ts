import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CONTRACT.md §2: the contract holds the tender's items at the winner's unit prices, the
 * terms the winning bid promised, its stages (contract years with supply) and, once
 * completed, its outcome. Contracts made before this are filled in here: their tender is
 * the one-line form (item `main`, spread as itemsOfOneLineSubject does), their promise the
 * bid's, their stages from the Moscow day of signing.
 */
export class AddContractSupplyTerms1795695000000 implements MigrationInterface {
  name = 'AddContractSupplyTerms1795695000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contracts
        ADD COLUMN items jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN promised jsonb,
        ADD COLUMN stages jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN outcome text CHECK (outcome IN ('fulfilled', 'breached'))`);
    await q.query(`
      UPDATE contracts k SET promised = jsonb_build_object(
          'investmentRub', b.opened_content->>'investmentRub',
          'buildMonths', (b.opened_content->>'buildMonths')::int,
          'localizationPct', (b.opened_content->>'localizationPct')::int)
      FROM bids b WHERE b.id = k.bid_id`);
    await q.query(`
      WITH plan AS (
        SELECT k.id, k.contract_years AS n, (t.subject->>'quantity')::int AS qty,
          ceil((t.offset_conditions->>'maxBuildMonths')::numeric / 12)::int + 1 AS f
        FROM contracts k JOIN tenders t ON t.id = k.tender_id WHERE t.items IS NULL
      ), years AS (
        SELECT p.id, (SELECT jsonb_agg(CASE
            WHEN y < p.f OR p.n - p.f + 1 <= 0 THEN 0
            WHEN y = p.f THEN p.qty / (p.n - p.f + 1) + p.qty % (p.n - p.f + 1)
            ELSE p.qty / (p.n - p.f + 1) END ORDER BY y)
          FROM generate_series(1, p.n) y) AS by_year
        FROM plan p
      )
      UPDATE contracts k SET items = jsonb_build_array(jsonb_build_object(
          'code', 'main', 'name', t.subject->>'item', 'unit', t.subject->>'unit',
          'unitPriceRub', k.unit_price_rub::text, 'quantityByYear', years.by_year,
          'valueRub', k.value_rub::text))
      FROM years, tenders t WHERE years.id = k.id AND t.id = k.tender_id`);
    await q.query(`
      UPDATE contracts k SET stages = COALESCE((
        SELECT jsonb_agg(jsonb_build_object(
            'year', y,
            'startsOn', to_char(s.d + make_interval(years => y - 1), 'YYYY-MM-DD'),
            'endsOn', to_char(s.d + make_interval(years => y) - interval '1 day', 'YYYY-MM-DD'),
            'valueRub', (k.unit_price_rub * (k.items->0->'quantityByYear'->>(y - 1))::int)::numeric(20, 2)::text)
          ORDER BY y)
        FROM (SELECT (k.signed_at AT TIME ZONE 'Europe/Moscow')::date AS d) s,
             generate_series(1, k.contract_years) y
        WHERE (k.items->0->'quantityByYear'->>(y - 1))::int > 0), '[]')
      WHERE k.signed_at IS NOT NULL AND jsonb_array_length(k.items) = 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE contracts DROP COLUMN items, DROP COLUMN promised, DROP COLUMN stages, DROP COLUMN outcome',
    );
  }
}
