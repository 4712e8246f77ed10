import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { DomainError, ForbiddenError } from '../../../common/errors/domain-error';
import { isOpenedBidder } from '../../bids';
import { TendersQuery } from '../../tenders';
import { finalProtocolJson } from '../infrastructure/evaluation-rows';
import { currentProtocol, type JsonBytes, type Protocol, protocolBody } from './protocol';

/** Officers and auditors read the protocol once bids are opened; bidders once it is final. */
@Injectable()
export class ProtocolQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenders: TendersQuery,
  ) {}

  async get(caller: AuthUser, tenderId: string): Promise<JsonBytes<Protocol>> {
    const tender = await this.tenders.visible(tenderId, caller);
    const stored = await finalProtocolJson(this.dataSource, tenderId);
    const final = stored !== undefined ? protocolBody(stored, 'final') : undefined;
    if (caller.role === 'investor') {
      const bidder = await isOpenedBidder(this.dataSource, tenderId, caller.organizationId);
      if (!final || !bidder)
        throw new ForbiddenError('The protocol is open to bidders once the tender is awarded');
      return final;
    }
    if (caller.role !== 'officer' && caller.role !== 'auditor') throw new ForbiddenError();
    if (!tender.bidsOpenedAt)
      throw new DomainError('BIDS_SEALED', 'Bids stay sealed until the submission deadline');
    if (final) return final;
    const current = await this.dataSource.transaction((m) => currentProtocol(m, tenderId));
    return protocolBody(current.document.json, 'in_progress');
  }
}
