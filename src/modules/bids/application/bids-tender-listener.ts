import { Injectable, OnModuleInit } from '@nestjs/common';
import { TenderLifecycleHooks } from '../../tenders';
import { invalidateSubmittedBids } from './invalidate-submitted-bids';

/** Bids follow their tender: a condition-changing amendment invalidates the submitted ones. */
@Injectable()
export class BidsTenderListener implements OnModuleInit {
  constructor(private readonly hooks: TenderLifecycleHooks) {}

  onModuleInit(): void {
    this.hooks.register({ conditionsChanged: invalidateSubmittedBids });
  }
}
