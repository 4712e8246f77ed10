import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CONTRACT.md §1: a tender buys items, each with a plan per contract year. Tenders made
 * before this hold none: their one-line subject is read as the one item `main`
 * (itemsOfTender), so no row is rewritten.
 */
export class AddTenderItems1795693000000 implements MigrationInterface {
  name = 'AddTenderItems1795693000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE tenders ADD COLUMN items jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE tenders DROP COLUMN items');
  }
}
