import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the award and the schedule read of a kept protocol, beside its JSON: whether every
 * expert score is in, how many bids are admitted, and the bid ranked first with its total.
 * At 10,000 bids the award parsed the 5 MB document for these four values (and then
 * serialized it again for its answer); now it reads them, and answers with the text as
 * kept. Protocols kept before have no summary: they are dropped, as any input change
 * drops them, and computed again at their next read.
 */
export class KeepProtocolSummaries1795696100000 implements MigrationInterface {
  name = 'KeepProtocolSummaries1795696100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE kept_protocols
        ADD COLUMN expert_scores_complete boolean,
        ADD COLUMN admitted_bids integer,
        ADD COLUMN winner_bid_id uuid,
        ADD COLUMN winner_total double precision`);
    await q.query('UPDATE kept_protocols SET protocol = NULL WHERE protocol IS NOT NULL');
    // A protocol is kept with its summary, or not at all.
    await q.query(`
      ALTER TABLE kept_protocols ADD CONSTRAINT kept_protocols_summarized
        CHECK (protocol IS NULL OR (expert_scores_complete IS NOT NULL AND admitted_bids IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE kept_protocols
        DROP CONSTRAINT kept_protocols_summarized,
        DROP COLUMN expert_scores_complete,
        DROP COLUMN admitted_bids,
        DROP COLUMN winner_bid_id,
        DROP COLUMN winner_total`);
  }
}
