import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { appendAuditEvent } from '../../audit/application/append-audit-event';

export interface ClockReading {
  now: string;
  offsetMs: number;
}

/** Sandbox only: time moves forward, never back, and the move is on the record. */
@Injectable()
export class AdvanceClockUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async read(): Promise<ClockReading> {
    const now = await this.clock.now();
    return { now: now.toISOString(), offsetMs: await this.offset() };
  }

  async execute(actor: Actor, advanceMs: number): Promise<ClockReading> {
    // Validated as a whole number >= 0 at the edge; the table's CHECK refuses going back.
    const at = await this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const [row] = await m.query<[{ offset_ms: string }[], number]>(
        'UPDATE sandbox_clock SET offset_ms = offset_ms + $1 WHERE id = 1 RETURNING offset_ms',
        [advanceMs],
      );
      await appendAuditEvent(m, {
        at,
        actor,
        action: 'sandbox.clock_advanced',
        entityType: 'sandbox_clock',
        entityId: '1',
        data: { advanceMs, offsetMs: Number(row[0].offset_ms) },
      });
    });
    return this.read();
  }

  private async offset(): Promise<number> {
    const rows = await this.dataSource.query<{ offset_ms: string }[]>(
      'SELECT offset_ms FROM sandbox_clock WHERE id = 1',
    );
    return Number(rows[0].offset_ms);
  }
}
