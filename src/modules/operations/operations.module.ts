import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './api/health.controller';
import { MetricsController } from './api/metrics.controller';
import { HttpMetricsHook } from './infrastructure/http-metrics.hook';
import { QueueHealthIndicator } from './infrastructure/queue-health.indicator';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json', gracefulShutdownTimeoutMs: 0 })],
  controllers: [HealthController, MetricsController],
  providers: [QueueHealthIndicator, HttpMetricsHook],
})
export class OperationsModule {}
