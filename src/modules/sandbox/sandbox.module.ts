import { Module } from '@nestjs/common';
import { SchedulerModule } from '../scheduler';
import { SandboxController } from './api/sandbox.controller';
import { AdvanceClockUseCase } from './application/advance-clock.use-case';

@Module({
  imports: [SchedulerModule],
  controllers: [SandboxController],
  providers: [AdvanceClockUseCase],
})
export class SandboxModule {}
