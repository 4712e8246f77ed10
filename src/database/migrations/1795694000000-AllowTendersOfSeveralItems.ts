import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CONTRACT.md §1: a tender of several items has no one-line subject and no single
 * ceiling (each item has its own), so both columns hold NULL for it rather than a copy
 * of the first item that a reader could take for the whole tender.
 */
export class AllowTendersOfSeveralItems1795694000000 implements MigrationInterface {
  name = 'AllowTendersOfSeveralItems1795694000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE tenders ALTER COLUMN subject DROP NOT NULL');
    await q.query('ALTER TABLE tenders ALTER COLUMN max_unit_price_rub DROP NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    // Back to one line: a tender of several items keeps its first item as the subject.
    await q.query(
      `UPDATE tenders SET
         subject = jsonb_build_object('item', items->0->>'name', 'unit', items->0->>'unit',
           'quantity', (SELECT sum(q::int) FROM jsonb_array_elements_text(items->0->'quantityByYear') q)),
         max_unit_price_rub = (items->0->>'maxUnitPriceRub')::numeric
       WHERE subject IS NULL`,
    );
    await q.query('ALTER TABLE tenders ALTER COLUMN subject SET NOT NULL');
    await q.query('ALTER TABLE tenders ALTER COLUMN max_unit_price_rub SET NOT NULL');
  }
}
