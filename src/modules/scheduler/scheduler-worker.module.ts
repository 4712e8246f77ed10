import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar';
import { Chronograph } from './application/chronograph';
import { ChronographProcessor } from './worker/chronograph.processor';

@Module({ imports: [CalendarModule], providers: [Chronograph, ChronographProcessor] })
export class SchedulerWorkerModule {}
