import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CONTRACT.md §3: the customer's call-offs against a contract's stages, the investor's
 * deliveries against them and the officer's acceptance of each delivery.
 */
export class CreateSupplyOrders1795695100000 implements MigrationInterface {
  name = 'CreateSupplyOrders1795695100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE supply_orders (
        id uuid PRIMARY KEY,
        contract_id uuid NOT NULL REFERENCES contracts(id),
        stage_year integer NOT NULL,
        item text NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_price_rub numeric(17, 2) NOT NULL,
        deliver_by date NOT NULL,
        due_at timestamptz NOT NULL,
        status text NOT NULL
          CHECK (status IN ('placed', 'fulfilled', 'overdue', 'fulfilled_late', 'failed')),
        placed_by uuid NOT NULL REFERENCES users(id),
        placed_at timestamptz NOT NULL,
        fulfilled_at timestamptz,
        close_reason text
      )`);
    await q.query(
      'CREATE INDEX supply_orders_contract_idx ON supply_orders (contract_id, stage_year, item)',
    );
    await q.query(`
      CREATE TABLE supply_deliveries (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES supply_orders(id),
        contract_id uuid NOT NULL REFERENCES contracts(id),
        quantity integer NOT NULL CHECK (quantity > 0),
        note text NOT NULL,
        document_ids uuid[] NOT NULL DEFAULT '{}',
        submitted_by uuid NOT NULL REFERENCES users(id),
        submitted_at timestamptz NOT NULL,
        accepted_quantity integer CHECK (accepted_quantity BETWEEN 0 AND quantity),
        comment text,
        officer_id uuid REFERENCES users(id),
        accepted_at timestamptz
      )`);
    await q.query(
      'CREATE INDEX supply_deliveries_order_idx ON supply_deliveries (order_id, submitted_at)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE supply_deliveries, supply_orders');
  }
}
