import { Module } from '@nestjs/common';
import { TendersModule } from '../tenders/tenders.module';
import { ScheduleController } from './api/schedule.controller';
import { Chronograph } from './application/chronograph';

@Module({
  imports: [TendersModule],
  controllers: [ScheduleController],
  providers: [Chronograph],
  exports: [Chronograph],
})
export class SchedulerModule {}
