import { Injectable } from '@nestjs/common';
import Decimal from 'decimal.js';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { NotFoundError } from '../../../common/errors/domain-error';
import { refuse } from '../../../common/errors/field-refusal';
import { activeUserIdsOfOrganizations } from '../../accounts';
import type { AuditEntry } from '../../audit';
import { notify } from '../../notifications';
import type { ClaimEvent } from '../domain/claim-status';
import { claimOfContract, type ClaimRow } from '../infrastructure/claim-rows';
import { contractById } from '../infrastructure/contract-rows';
import { settleClaim } from '../infrastructure/claim-status.writer';
import { toClaimView, type ClaimView } from './claim-view';

export type ClaimSettlementRequest =
  | { event: 'pay'; paidAt: string; amountRub: string }
  | { event: 'write_off' | 'withdraw'; reason: string };

const NOTICE: Record<ClaimEvent, string> = {
  pay: 'is recorded as paid',
  write_off: 'is written off',
  withdraw: 'is withdrawn',
};

/**
 * An officer records what became of an issued claim (CONTRACT.md §5): paid (the whole
 * amount, on a day not in the future and not before the claim), written off or withdrawn
 * with a reason. One step, once; the investor is told.
 */
@Injectable()
export class SettleClaimUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  execute(
    officer: AuthUser,
    contractId: string,
    claimId: string,
    request: ClaimSettlementRequest,
  ): Promise<ClaimView> {
    return this.dataSource.transaction(async (m) => {
      const contract = await contractById(m, contractId, 'update');
      const claim = contract && (await claimOfContract(m, contractId, claimId));
      if (!contract || !claim) throw new NotFoundError('Claim');
      const now = await this.clock.now(m);
      const settled = await settle(m, {
        claim,
        actor: officer,
        at: now,
        ...checkedSettlement(request, claim, now),
      });
      await notify(m, await activeUserIdsOfOrganizations(m, [contract.organization_id]), {
        kind: `claim_${settled.status}`,
        subjectType: 'claim',
        subjectId: claimId,
        message: `The claim for ${claim.amount_rub} RUB ${NOTICE[request.event]}`,
        at: now,
      });
      return toClaimView(settled);
    });
  }
}

interface Settlement {
  claim: ClaimRow;
  /** Null: the system (Decree 783 at completion). */
  actor: Actor | null;
  at: Date;
  event: ClaimEvent;
  reason?: string;
  payment?: { paidAt: Date; amountRub: string };
}

/** One claim settled through its status writer, with its audit event. */
export function settle(m: EntityManager, s: Settlement): Promise<ClaimRow> {
  const base = {
    at: s.at,
    actor: s.actor,
    entityType: 'contract' as const,
    entityId: s.claim.contract_id,
  };
  const claimId = s.claim.id;
  const audit: AuditEntry = s.payment
    ? {
        ...base,
        action: 'claim.paid',
        data: { claimId, paidAt: s.payment.paidAt.toISOString(), amountRub: s.payment.amountRub },
      }
    : {
        ...base,
        action: s.event === 'withdraw' ? 'claim.withdrawn' : 'claim.written_off',
        data: { claimId, reason: s.reason ?? '' },
      };
  return settleClaim(m, {
    contractId: s.claim.contract_id,
    claimId,
    event: s.event,
    settledBy: s.actor?.id ?? null,
    at: s.at,
    reason: s.reason,
    payment: s.payment,
    audit,
  });
}

function checkedSettlement(request: ClaimSettlementRequest, claim: ClaimRow, now: Date) {
  if (request.event !== 'pay') return { event: request.event, reason: request.reason };
  const paidAt = new Date(request.paidAt);
  if (paidAt.getTime() > now.getTime() || paidAt.getTime() < claim.issued_at.getTime()) {
    refuse(
      'paidAt',
      'paidAt must lie between the claim’s issue and now',
      'paidAtOutsideClaim',
      claim.issued_at.toISOString(),
      now.toISOString(),
    );
  }
  if (!new Decimal(request.amountRub).equals(claim.amount_rub)) {
    refuse(
      'amountRub',
      `amountRub must be the claim's ${claim.amount_rub}: a claim is paid whole`,
      'claimPaidWhole',
      claim.amount_rub,
    );
  }
  return {
    event: request.event,
    payment: { paidAt, amountRub: new Decimal(request.amountRub).toFixed(2) },
  };
}
