import { ApiProperty } from '@nestjs/swagger';

export class HealthResponse {
  @ApiProperty({ example: 'ok' }) status: string;
}

export class ReadinessResponse {
  @ApiProperty({ example: 'ok' }) status: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { database: { status: 'up' }, redis: { status: 'up' } },
  })
  info: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, example: {} })
  error: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true })
  details: Record<string, unknown>;
  @ApiProperty({
    description: 'Where the data and the queues live',
    example:
      'embedded PostgreSQL at 127.0.0.1:41234 with data in /srv/app/.data/postgres; queues on PostgreSQL',
  })
  infrastructure: string;
}
