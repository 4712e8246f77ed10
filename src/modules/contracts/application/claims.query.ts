import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { claimsOfContract } from '../infrastructure/claim-rows';
import { toClaimView, type ClaimView } from './claim-view';
import { readableContract } from './lock-supply-contract';

/** A contract's claims, oldest first: officers, auditors and the owning investor (others 404). */
@Injectable()
export class ClaimsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async list(caller: AuthUser, contractId: string): Promise<{ items: ClaimView[] }> {
    const m = this.dataSource.manager;
    await readableContract(m, caller, contractId);
    return { items: (await claimsOfContract(m, contractId)).map(toClaimView) };
  }
}
