import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** API.md's error body, for clients and the OpenAPI document. */
export class ErrorEnvelope {
  @ApiProperty({ example: 409 })
  statusCode: number;

  @ApiProperty({ example: 'SUBMISSION_CLOSED' })
  code: string;

  @ApiProperty({ example: 'The submission deadline has passed' })
  message: string;

  @ApiPropertyOptional({ description: 'Machine-readable specifics, e.g. invalid fields' })
  details?: unknown;
}
