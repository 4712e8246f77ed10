import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { TendersModule } from '../tenders/tenders.module';
import { ScheduleController } from './api/schedule.controller';
import { Chronograph } from './application/chronograph';
import { QueueDepthGauge } from './infrastructure/queue-depth.gauge';

@Module({
  imports: [TendersModule, CalendarModule],
  controllers: [ScheduleController],
  providers: [Chronograph, QueueDepthGauge],
  exports: [Chronograph],
})
export class SchedulerModule {}
