import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** API.md's error body, for clients and the OpenAPI document. */
export class ErrorEnvelope {
  @ApiProperty({ example: 409 })
  statusCode: number;

  @ApiProperty({ example: 'SUBMISSION_CLOSED' })
  code: string;

  @ApiProperty({ example: 'The submission deadline has passed' })
  message: string;

  @ApiPropertyOptional({
    description:
      'Machine-readable specifics. For VALIDATION_FAILED, one entry per refused field: ' +
      '`{ field, errors: [message], constraints: [{ code, args? }] }`, `constraints` in the ' +
      "order of `errors`: the rule's stable code (class-validator's `isNotEmpty`, `min`, " +
      "`maxLength`, …, or the API's own: `isMoney`, `isInstant`, …) and its arguments (`min`'s bound)",
  })
  details?: unknown;
}
