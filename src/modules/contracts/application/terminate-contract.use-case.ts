import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { canTransition } from '../../../common/status/transition-table';
import { CONTRACT_TRANSITIONS } from '../domain/contract-status';
import { changeContractStatus } from '../infrastructure/contract-status.writer';
import { milestonesOf } from './contract-milestones';
import { contractRowById, ContractView, toContractView } from './contract-view';
import { recordFailedSupplier } from '../infrastructure/contract-records';

/** An officer terminates an active contract with a reason; the supplier is recorded as failed. */
@Injectable()
export class TerminateContractUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineScheduler,
  ) {}

  async execute(officer: AuthUser, contractId: string, reason: string): Promise<ContractView> {
    const view = await this.dataSource.transaction(async (m) => {
      const row = await contractRowById(m, contractId, 'update');
      if (!row) throw new NotFoundError('Contract');
      if (!canTransition(CONTRACT_TRANSITIONS, row.status, 'terminate'))
        throw new InvalidStateError('Only an active contract can be terminated', row.status);
      const now = await this.clock.now(m);
      const status = await changeContractStatus(m, {
        contractId,
        event: 'terminate',
        set: {
          termination: JSON.stringify({ reason, by: officer.id, at: now.toISOString() }),
          next_check_at: null,
        },
        audit: {
          at: now,
          actor: officer,
          action: 'contract.terminated',
          entityType: 'contract',
          entityId: contractId,
          data: { reason, organizationId: row.organization_id, failedSupplier: true },
        },
      });
      await recordFailedSupplier(m, {
        contractId,
        organizationId: row.organization_id,
        reason,
        at: now,
      });
      return toContractView({ ...row, status }, await milestonesOf(m, contractId));
    });
    this.deadlines.scheduleContract(contractId, null);
    return view;
  }
}
