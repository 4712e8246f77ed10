import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Gauge } from 'prom-client';
import { MetricsRegistry } from '../../../common/metrics/metrics.registry';
import { QUEUES } from '../../../common/queue/jobs';

const SCRAPE_TIMEOUT_MS = 500;

/**
 * Total jobs waiting, delayed and active on the chronograph queue. A total over every
 * tender is an accepted side channel (DOMAIN.md §5); nothing here is per tender. A scrape
 * never waits on a lost Redis: the gauge is then simply left out.
 */
@Injectable()
export class QueueDepthGauge implements OnModuleInit {
  constructor(
    @InjectQueue(QUEUES.chronograph) private readonly queue: Queue,
    private readonly metrics: MetricsRegistry,
  ) {}

  onModuleInit(): void {
    const queue = this.queue;
    new Gauge({
      name: 'queue_depth',
      help: 'Jobs waiting, delayed or active, by queue',
      labelNames: ['queue'] as const,
      registers: [this.metrics.registry],
      async collect() {
        const counts = await Promise.race([
          queue.getJobCounts('waiting', 'delayed', 'active'),
          new Promise<null>((resolve) =>
            setTimeout(() => resolve(null), SCRAPE_TIMEOUT_MS).unref(),
          ),
        ]).catch(() => null);
        if (counts)
          this.set(
            { queue: QUEUES.chronograph },
            Object.values(counts).reduce((a, b) => a + b, 0),
          );
      },
    });
  }
}
