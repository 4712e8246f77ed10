import { Global, Module } from '@nestjs/common';
import { MetricsRegistry } from './metrics.registry';

/** One Prometheus registry per process, for the API and the workers alike. */
@Global()
@Module({ providers: [MetricsRegistry], exports: [MetricsRegistry] })
export class MetricsModule {}
