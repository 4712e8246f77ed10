import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The evaluation protocol computed once and kept while the tender is evaluated: at 10,000
 * bids computing it cost a second, and the protocol read and the award each computed it.
 * `inputs_version` is bumped (and `protocol` cleared) in every transaction that changes
 * an input of the protocol; a computed protocol is kept only under the version it read
 * before computing, so one computed from superseded inputs is never kept. The frozen
 * record stays in `evaluation_protocols`.
 */
export class CreateKeptProtocols1795695800000 implements MigrationInterface {
  name = 'CreateKeptProtocols1795695800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kept_protocols (
        tender_id uuid PRIMARY KEY REFERENCES tenders(id),
        inputs_version bigint NOT NULL,
        protocol jsonb
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE kept_protocols');
  }
}
