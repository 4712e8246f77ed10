import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './api/health.controller';
import { MetricsController } from './api/metrics.controller';
import { HttpMetricsHook } from './infrastructure/http-metrics.hook';
import { MetricsRegistry } from './infrastructure/metrics.registry';
import { RedisHealthIndicator } from './infrastructure/redis-health.indicator';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json', gracefulShutdownTimeoutMs: 0 })],
  controllers: [HealthController, MetricsController],
  providers: [MetricsRegistry, RedisHealthIndicator, HttpMetricsHook],
  exports: [MetricsRegistry],
})
export class OperationsModule {}
