import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { MetricsRegistry } from '../../../common/metrics/metrics.registry';

/** Counts and times every answered request from Fastify's onResponse hook. */
@Injectable()
export class HttpMetricsHook implements OnApplicationBootstrap {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly metrics: MetricsRegistry,
  ) {}

  onApplicationBootstrap(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return; // worker-only process: no HTTP
    fastify.addHook('onResponse', (request, reply, done) => {
      this.metrics.httpRequests.inc({ method: request.method, status: String(reply.statusCode) });
      this.metrics.httpDuration.observe({ method: request.method }, reply.elapsedTime / 1000);
      done();
    });
  }
}
