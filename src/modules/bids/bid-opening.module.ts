import { Module } from '@nestjs/common';
import { BidOpening } from './application/open-bids';
import { SealingWorker } from './infrastructure/sealing-worker';

/**
 * The seal's thread and the opening step: the intake seals on the thread, the chronograph
 * (API and worker roles alike) opens through it, and a process has one thread for both.
 */
@Module({ providers: [SealingWorker, BidOpening], exports: [SealingWorker, BidOpening] })
export class BidOpeningModule {}
