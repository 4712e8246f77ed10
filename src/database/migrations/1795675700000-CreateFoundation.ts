import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFoundation1795675700000 implements MigrationInterface {
  name = 'CreateFoundation1795675700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        inn char(10) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        password_hash text NOT NULL,
        full_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'officer', 'auditor', 'investor')),
        organization_id uuid REFERENCES organizations(id),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        deactivated_at timestamptz,
        CHECK ((role = 'investor') = (organization_id IS NOT NULL))
      )`);

    // The audit record: events are written by the business transaction; the chain links
    // are appended after commit by the sealer (see audit-chain-sealer.ts for why).
    await q.query(`
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        at timestamptz NOT NULL,
        actor_id uuid,
        actor_role text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query('CREATE INDEX audit_events_xid_idx ON audit_events (xid)');
    await q.query('CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id)');
    await q.query('CREATE INDEX audit_events_actor_idx ON audit_events (actor_id)');
    await q.query(`
      CREATE TABLE audit_chain (
        seq bigint PRIMARY KEY,
        event_id bigint NOT NULL UNIQUE REFERENCES audit_events(id),
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL
      )`);
    await q.query(`
      CREATE TABLE audit_chain_head (
        id smallint PRIMARY KEY CHECK (id = 1),
        seq bigint NOT NULL,
        hash char(64) NOT NULL,
        floor_xid xid8 NOT NULL
      )`);
    await q.query(`INSERT INTO audit_chain_head VALUES (1, 0, repeat('0', 64), '0'::xid8)`);
    await q.query(`
      CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit record is append-only: % on % refused', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['audit_events', 'audit_chain']) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()`);
      await q.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()`);
    }

    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL,
        key text NOT NULL,
        request_hash char(64) NOT NULL,
        status_code integer,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      )`);

    await q.query(`
      CREATE TABLE sandbox_clock (
        id smallint PRIMARY KEY CHECK (id = 1),
        offset_ms bigint NOT NULL DEFAULT 0 CHECK (offset_ms >= 0)
      )`);
    await q.query('INSERT INTO sandbox_clock VALUES (1, 0)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE sandbox_clock, idempotency_keys');
    await q.query('DROP TABLE audit_chain_head, audit_chain, audit_events');
    await q.query('DROP FUNCTION audit_refuse_change()');
    await q.query('DROP TABLE users, organizations');
  }
}
