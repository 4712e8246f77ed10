import { Module } from '@nestjs/common';
import { SandboxController } from './api/sandbox.controller';
import { AdvanceClockUseCase } from './application/advance-clock.use-case';

@Module({
  controllers: [SandboxController],
  providers: [AdvanceClockUseCase],
})
export class SandboxModule {}
