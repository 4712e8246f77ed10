import { Controller, Get, Inject } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Public } from '../../../common/auth/auth.decorators';
import { ErrorEnvelope } from '../../../common/errors/error-envelope';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { QueueHealthIndicator } from '../infrastructure/queue-health.indicator';
import { HealthResponse, ReadinessResponse } from './health.responses';

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly queues: QueueHealthIndicator,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({ type: HealthResponse })
  live(): HealthResponse {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    summary: 'Readiness: PostgreSQL and the queues (Redis, when they run there) reachable',
  })
  @ApiOkResponse({ type: ReadinessResponse })
  @ApiServiceUnavailableResponse({ type: ErrorEnvelope, description: 'DEPENDENCY_UNAVAILABLE' })
  async ready(): Promise<HealthCheckResult & { infrastructure: string }> {
    const result = await this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      ...this.queues.checks(),
    ]);
    return { ...result, infrastructure: this.config.infrastructure };
  }
}
