import { Module } from '@nestjs/common';
import { BidOpening } from './application/open-bids';

/** The opening step, which the chronograph runs (API and worker roles alike). */
@Module({ providers: [BidOpening], exports: [BidOpening] })
export class BidOpeningModule {}
