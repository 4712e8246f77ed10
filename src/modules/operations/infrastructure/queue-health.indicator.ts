import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import {
  HealthIndicatorFunction,
  HealthIndicatorResult,
  HealthIndicatorService,
} from '@nestjs/terminus';
import Redis from 'ioredis';
import { appConfig, type AppConfig } from '../../../config/app-config';

/**
 * Whether the queues are reachable. On Redis that is a ping, on a connection of its own that
 * fails fast instead of queueing commands; on PostgreSQL they live in the database readiness
 * checks already, so there is nothing more to ask.
 */
@Injectable()
export class QueueHealthIndicator implements OnModuleDestroy {
  private readonly redis?: Redis;

  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(appConfig.KEY) config: AppConfig,
  ) {
    if (!config.redisUrl) return;
    this.redis = new Redis(config.redisUrl, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2000,
    });
    this.redis.on('error', () => undefined); // reported by the check, not as unhandled events
  }

  checks(): HealthIndicatorFunction[] {
    const redis = this.redis;
    return redis ? [() => this.ping(redis)] : [];
  }

  private async ping(redis: Redis): Promise<HealthIndicatorResult> {
    const indicator = this.health.check('redis');
    try {
      if (redis.status === 'wait' || redis.status === 'end') await redis.connect();
      await redis.ping();
      return indicator.up();
    } catch {
      return indicator.down({ message: 'Redis is unreachable' });
    }
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }
}
