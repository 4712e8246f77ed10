import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/role';
import { SandboxClock } from '../../../common/clock/sandbox-clock';
import { appendAuditEvent } from '../../audit';
import { Chronograph } from '../../scheduler';

export interface ClockReading {
  now: string;
  offsetMs: number;
  frozen: boolean;
}

/** Sandbox only: time moves forward, never back, and the move is on the record. */
@Injectable()
export class AdvanceClockUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: SandboxClock,
    private readonly chronograph: Chronograph,
  ) {}

  async read(): Promise<ClockReading> {
    const { now, offsetMs, frozen } = await this.clock.read();
    return { now: now.toISOString(), offsetMs, frozen };
  }

  /** advanceMs is validated as a whole number >= 0 at the edge. */
  async execute(actor: Actor, advanceMs: number, freeze?: boolean): Promise<ClockReading> {
    const reading = await this.dataSource.transaction(async (m) => {
      const before = await this.clock.read(m);
      const after = await this.clock.advance(m, advanceMs, freeze);
      await appendAuditEvent(m, {
        at: after.now,
        actor,
        action: 'sandbox.clock_advanced',
        entityType: 'sandbox_clock',
        entityId: '1',
        data: {
          advanceMs,
          from: before.now.toISOString(),
          to: after.now.toISOString(),
          frozen: after.frozen,
        },
      });
      return after;
    });
    // DOMAIN.md §2: moving the clock runs every deadline that fell due, before answering.
    await this.chronograph.sweep({ waitForLocked: true });
    return { now: reading.now.toISOString(), offsetMs: reading.offsetMs, frozen: reading.frozen };
  }
}
