import { Injectable } from '@nestjs/common';
import Decimal from 'decimal.js';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError } from '../../../common/errors/domain-error';
import { validationFailed } from '../../../common/errors/field-refusal';
import { appendAuditEvent } from '../../audit';
import { keyRateProblems } from '../domain/key-rate-problems';
import { KeyRatesRepository } from '../infrastructure/key-rates.repository';
import type { KeyRateView } from './key-rate-view';

/**
 * The admin records a Bank of Russia decision: the rate and the day it takes effect. A day
 * that already has a rate is refused (409 INVALID_STATE), not overwritten: penalties
 * already shown to the parties were computed with it, so it is history, not a setting.
 */
@Injectable()
export class RecordKeyRateUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly rates: KeyRatesRepository,
  ) {}

  async execute(
    actor: Actor,
    command: { effectiveFrom: string; ratePct: string },
  ): Promise<KeyRateView> {
    const problems = keyRateProblems(command);
    if (problems.length > 0) {
      throw validationFailed(
        `Invalid key rate: ${problems.map((p) => p.field).join(', ')}`,
        problems,
      );
    }
    const rate = {
      effectiveFrom: command.effectiveFrom,
      ratePct: new Decimal(command.ratePct).toFixed(2),
    };
    await this.dataSource.transaction(async (m) => {
      const at = await this.clock.now(m);
      if (!(await this.rates.insert(m, rate, at))) {
        const existing = await this.rates.on(m, rate.effectiveFrom);
        throw new DomainError(
          'INVALID_STATE',
          `A key rate from ${rate.effectiveFrom} is already recorded`,
          { status: 'recorded', existing },
        );
      }
      await appendAuditEvent(m, {
        at,
        actor,
        action: 'key_rate.recorded',
        entityType: 'key_rate',
        entityId: rate.effectiveFrom,
        data: { ...rate },
      });
    });
    return rate;
  }
}
