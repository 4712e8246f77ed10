import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CONTRACT.md §5: claims (требования) that collect penalties and fines, each freezing its
 * items at the key rate of its as-of day; a failed order's delay ends the day it was closed.
 */
export class CreatePenaltyClaims1795695400000 implements MigrationInterface {
  name = 'CreatePenaltyClaims1795695400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE supply_orders ADD COLUMN closed_at timestamptz');
    // Orders closed before this migration: the last audit of their closing is the instant.
    await q.query(`
      UPDATE supply_orders o SET closed_at = e.at
      FROM (SELECT data->>'orderId' AS order_id, max(at) AS at FROM audit_events
            WHERE action = 'order.closed' GROUP BY 1) e
      WHERE o.status = 'failed' AND e.order_id = o.id::text`);
    await q.query(`
      CREATE TABLE contract_claims (
        id uuid PRIMARY KEY,
        contract_id uuid NOT NULL REFERENCES contracts(id),
        issued_by uuid NOT NULL REFERENCES users(id),
        issued_at timestamptz NOT NULL,
        as_of timestamptz NOT NULL,
        key_rate_pct numeric(5, 2) NOT NULL,
        amount_rub numeric(17, 2) NOT NULL CHECK (amount_rub > 0),
        items jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('issued', 'paid', 'written_off', 'withdrawn')),
        paid_at timestamptz,
        paid_rub numeric(17, 2),
        reason text,
        settled_by uuid REFERENCES users(id),
        settled_at timestamptz
      )`);
    await q.query(
      'CREATE INDEX contract_claims_contract_idx ON contract_claims (contract_id, issued_at)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE contract_claims');
    await q.query('ALTER TABLE supply_orders DROP COLUMN closed_at');
  }
}
