import { Module } from '@nestjs/common';
import { Chronograph } from './application/chronograph';
import { ChronographProcessor } from './worker/chronograph.processor';

@Module({ providers: [Chronograph, ChronographProcessor] })
export class SchedulerWorkerModule {}
