import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The chronograph reads each contract's accepted delivery years (missing production
 * reports) for hundreds of contracts per batch; without this index each one scanned every
 * delivery of every contract.
 */
export class IndexDeliveriesByContract1795695500000 implements MigrationInterface {
  name = 'IndexDeliveriesByContract1795695500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX supply_deliveries_contract_idx ON supply_deliveries (contract_id) WHERE accepted_quantity > 0',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX supply_deliveries_contract_idx');
  }
}
