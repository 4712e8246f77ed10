import { Module } from '@nestjs/common';
import { BidOpeningModule } from '../bids';
import { CalendarModule } from '../calendar';
import { Chronograph } from './application/chronograph';
import { ChronographProcessor } from './worker/chronograph.processor';

@Module({
  imports: [CalendarModule, BidOpeningModule],
  providers: [Chronograph, ChronographProcessor],
})
export class SchedulerWorkerModule {}
