import { Injectable, OnModuleInit } from '@nestjs/common';
import { TenderLifecycleHooks } from '../../tenders';
import { refusePendingContractOf } from '../infrastructure/contract-status.writer';

/** A contract still awaiting signatures dies with its cancelled tender (DOMAIN.md §3). */
@Injectable()
export class ContractsTenderListener implements OnModuleInit {
  constructor(private readonly hooks: TenderLifecycleHooks) {}

  onModuleInit(): void {
    this.hooks.register({ cancelled: (m, tenderId) => refusePendingContractOf(m, tenderId) });
  }
}
