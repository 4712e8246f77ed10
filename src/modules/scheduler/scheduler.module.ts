import { Module } from '@nestjs/common';
import { BidOpeningModule } from '../bids';
import { CalendarModule } from '../calendar';
import { TendersModule } from '../tenders';
import { ScheduleController } from './api/schedule.controller';
import { Chronograph } from './application/chronograph';
import { ScheduleQuery } from './application/schedule.query';
import { QueueDepthGauge } from './infrastructure/queue-depth.gauge';

@Module({
  imports: [TendersModule, CalendarModule, BidOpeningModule],
  controllers: [ScheduleController],
  providers: [Chronograph, QueueDepthGauge, ScheduleQuery],
  exports: [Chronograph],
})
export class SchedulerModule {}
