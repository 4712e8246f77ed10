import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { DomainError, InvalidStateError, NotFoundError } from '../../../common/errors/domain-error';
import { DeadlineScheduler } from '../../../common/queue/deadline-scheduler';
import { canTransition } from '../../../common/status/transition-table';
import { CONTRACT_TRANSITIONS } from '../domain/contract-status';
import { changeContractStatus } from '../infrastructure/contract-status.writer';
import { ContractView, toContractView } from './contract-view';
import { lockContract } from './lock-contract';
import { setTenderNextCheck } from '../../tenders';

/** The winner signs before its signing deadline (else 409 SIGNING_CLOSED). */
@Injectable()
export class SignContractUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineScheduler,
  ) {}

  async execute(investor: AuthUser, contractId: string): Promise<ContractView> {
    const view = await this.dataSource.transaction(async (m) => {
      const row = await lockContract(m, contractId);
      if (row.organization_id !== investor.organizationId) throw new NotFoundError('Contract');
      if (!canTransition(CONTRACT_TRANSITIONS, row.status, 'sign') || row.investor_signed_at) {
        throw new InvalidStateError('This contract is not awaiting your signature', row.status);
      }
      const now = await this.clock.now(m);
      if (now >= row.signing_deadline)
        throw new DomainError('SIGNING_CLOSED', 'The signing deadline has passed');
      await changeContractStatus(m, {
        contractId,
        event: 'sign',
        set: { investor_signed_at: now },
        audit: {
          at: now,
          actor: investor,
          action: 'contract.signed',
          entityType: 'contract',
          entityId: contractId,
          data: { tenderId: row.tender_id },
        },
      });
      await setTenderNextCheck(m, row.tender_id, null);
      return toContractView({ ...row, investor_signed_at: now });
    });
    this.deadlines.scheduleTender(view.tenderId, null);
    return view;
  }
}
