import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { canTransition } from '../../../common/status/transition-table';
import { changeBidStatus } from '../../bids';
import { changeTenderStatus } from '../../tenders';
import { CONTRACT_TRANSITIONS } from '../domain/contract-status';
import { changeContractStatus } from '../infrastructure/contract-status.writer';
import { nextContractCheck } from '../domain/contract-next-check';
import { addMonths } from '../domain/contract-terms';
import { materializeMilestones } from './materialize-milestones';
import { milestonesOf } from './contract-milestones';
import { contractRowById, ContractView, toContractView } from './contract-view';
import { lockContract } from './lock-contract';

/**
 * An officer countersigns after the winner: the contract is active from this instant
 * (signedAt), the build deadline and the end of the term follow, the tender is complete.
 */
@Injectable()
export class CountersignContractUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineScheduler,
  ) {}

  async execute(officer: AuthUser, contractId: string): Promise<ContractView> {
    const { view, nextCheckAt } = await this.dataSource.transaction(async (m) => {
      const row = await lockContract(m, contractId);
      if (
        !canTransition(CONTRACT_TRANSITIONS, row.status, 'countersign') ||
        !row.investor_signed_at
      ) {
        throw new InvalidStateError(
          'Only a contract signed by the winner can be countersigned',
          row.status,
        );
      }
      const now = await this.clock.now(m);
      const buildDeadline = addMonths(now, row.build_months);
      const endsAt = addMonths(now, row.contract_years * 12);
      const milestones = await materializeMilestones(m, contractId, row.bid_id, now);
      const nextCheckAt = nextContractCheck({ status: 'active', endsAt, milestones })?.at ?? null;
      await changeContractStatus(m, {
        contractId,
        event: 'countersign',
        set: {
          customer_signed_at: now,
          signed_at: now,
          build_deadline: buildDeadline,
          ends_at: endsAt,
          next_check_at: nextCheckAt,
        },
        audit: {
          at: now,
          actor: officer,
          action: 'contract.countersigned',
          entityType: 'contract',
          entityId: contractId,
          data: {
            tenderId: row.tender_id,
            buildDeadline: buildDeadline.toISOString(),
            endsAt: endsAt.toISOString(),
          },
        },
      });
      // The contract's `contract.countersigned` event records its bid and tender too.
      await changeBidStatus(m, { bidId: row.bid_id, event: 'contract', at: now, audit: null });
      await changeTenderStatus(m, {
        tenderId: row.tender_id,
        event: 'countersign',
        at: now,
        set: { nextCheckAt: null },
        audit: null,
      });
      const updated = await contractRowById(m, contractId);
      if (!updated) throw new NotFoundError('Contract');
      return { view: toContractView(updated, await milestonesOf(m, contractId)), nextCheckAt };
    });
    this.deadlines.scheduleContract(contractId, nextCheckAt);
    return view;
  }
}
