import { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '../persistence/prepared-query';
import { Clock } from './clock';

export interface SandboxReading {
  now: Date;
  offsetMs: number;
  frozen: boolean;
}

interface Row {
  offset_ms: string;
  frozen_at: Date | null;
}

/**
 * SANDBOX=true: system time plus an offset kept in `sandbox_clock`, or a frozen instant.
 * Only ever moved forward, by the admin.
 */
export class SandboxClock extends Clock {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async now(manager?: EntityManager): Promise<Date> {
    return (await this.read(manager)).now;
  }

  /**
   * The read goes out now, behind the locks: PostgreSQL answers it after them, and the
   * instant is taken when its answer comes (read), so once the locks are held.
   */
  override async nowOnceHeld(held: Promise<unknown>, manager?: EntityManager): Promise<Date> {
    const [, reading] = await Promise.all([held, this.read(manager)]);
    return reading.now;
  }

  async read(
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<SandboxReading> {
    const {
      rows: [row],
    } = await preparedQuery<Row>(
      manager,
      lock ? 'sandbox_clock_for_update' : 'sandbox_clock',
      `SELECT offset_ms, frozen_at FROM sandbox_clock WHERE id = 1${lock ? ' FOR UPDATE' : ''}`,
      [],
    );
    const offsetMs = Number(row.offset_ms);
    const now = row.frozen_at ?? new Date(Date.now() + offsetMs);
    return { now, offsetMs, frozen: row.frozen_at !== null };
  }

  /**
   * Moves the clock forward by `advanceMs` in the caller's transaction. `freeze` stops it
   * at the new instant (true) or lets it run on from there (false); omitted, it stays as is.
   */
  async advance(
    manager: EntityManager,
    advanceMs: number,
    freeze?: boolean,
  ): Promise<SandboxReading> {
    const current = await this.read(manager, true);
    const now = new Date(current.now.getTime() + advanceMs);
    const frozen = freeze ?? current.frozen;
    const offsetMs = now.getTime() - Date.now();
    await manager.query('UPDATE sandbox_clock SET offset_ms = $1, frozen_at = $2 WHERE id = 1', [
      offsetMs,
      frozen ? now : null,
    ]);
    return { now, offsetMs, frozen };
  }
}
