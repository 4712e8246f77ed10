import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { InvalidStateError } from '../../../common/errors/domain-error';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { appendAuditEvent } from '../../audit/application/append-audit-event';
import { nextContractCheck } from '../domain/contract-next-check';
import { addMonths } from '../domain/contract-terms';
import { materializeMilestones } from './materialize-milestones';
import { milestonesOf } from './contract-milestones';
import { CONTRACT_SELECT, ContractRow, ContractView, toContractView } from './contract-view';
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
      if (row.status !== 'pending_signature' || !row.investor_signed_at) {
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
      await m.query(
        `UPDATE contracts SET status = 'active', customer_signed_at = $2, signed_at = $2, build_deadline = $3,
           ends_at = $4, next_check_at = $5
         WHERE id = $1`,
        [contractId, now, buildDeadline, endsAt, nextCheckAt],
      );
      await m.query(`UPDATE bids SET status = 'contracted', updated_at = $2 WHERE id = $1`, [
        row.bid_id,
        now,
      ]);
      await m.query(
        `UPDATE tenders SET status = 'complete', updated_at = $2, next_check_at = NULL WHERE id = $1`,
        [row.tender_id, now],
      );
      await appendAuditEvent(m, {
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
      });
      const [updated] = await m.query<ContractRow[]>(`${CONTRACT_SELECT} WHERE k.id = $1`, [
        contractId,
      ]);
      return { view: toContractView(updated, await milestonesOf(m, contractId)), nextCheckAt };
    });
    this.deadlines.scheduleContract(contractId, nextCheckAt);
    return view;
  }
}
