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
}
