import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError } from '../../../common/errors/domain-error';
import { countAdmittedBids } from '../../bids';
import { changeTenderStatus } from '../../tenders';
import { lockTenderInEvaluation } from './commission';

/** evaluation → unsuccessful, allowed only when no bid is admitted (DOMAIN.md §4). */
@Injectable()
export class DeclareUnsuccessfulUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute(officer: AuthUser, tenderId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await lockTenderInEvaluation(m, tenderId);
      const n = await countAdmittedBids(m, tenderId);
      if (n > 0) throw new InvalidStateError('Admitted bids exist: award instead', 'evaluation');
      const now = await this.clock.now(m);
      await changeTenderStatus(m, {
        tenderId,
        event: 'declare_unsuccessful',
        at: now,
        audit: {
          at: now,
          actor: officer,
          action: 'tender.declared_unsuccessful',
          entityType: 'tender',
          entityId: tenderId,
          data: {},
        },
      });
    });
  }
}
