import { Controller, Get, Header, Headers, Inject } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Public } from '../../../common/auth/auth.decorators';
import { DomainError } from '../../../common/errors/domain-error';
import { ErrorEnvelope } from '../../../common/errors/error-envelope';
import { MetricsRegistry } from '../../../common/metrics/metrics.registry';
import { appConfig, type AppConfig } from '../../../config/app-config';

/**
 * Prometheus scrapes with `Authorization: Bearer <METRICS_TOKEN>`, not with a user's token.
 * The figures are for operators only: request counts move with every bid filed, a signal
 * the seal (DOMAIN.md §5) does not allow any participant to watch.
 */
@ApiTags('operations')
@Public()
@Controller('metrics')
export class MetricsController {
  private readonly tokenDigest: Buffer;

  constructor(
    private readonly metrics: MetricsRegistry,
    @Inject(appConfig.KEY) config: AppConfig,
  ) {
    this.tokenDigest = digest(config.metricsToken);
  }

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Prometheus metrics (text exposition format), for METRICS_TOKEN' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ schema: { type: 'string', example: '# HELP http_requests_total …' } })
  @ApiUnauthorizedResponse({ type: ErrorEnvelope, description: 'UNAUTHENTICATED' })
  scrape(@Headers('authorization') authorization?: string): Promise<string> {
    const presented = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
    // Digests are compared, so the comparison takes the same time whatever was presented.
    if (!timingSafeEqual(digest(presented), this.tokenDigest)) {
      throw new DomainError('UNAUTHENTICATED', 'The metrics need the scrape token');
    }
    return this.metrics.registry.metrics();
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
