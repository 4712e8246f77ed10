import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A refused rule by its stable code, with its arguments (field-refusal.ts, rule-problems.ts). */
export class RuleConstraint {
  @ApiProperty({ example: 'weightsSumTo100' })
  code: string;

  @ApiPropertyOptional({
    description: "The rule's arguments in its order: numbers, texts or lists of them",
    example: [90],
    type: 'array',
    items: {},
  })
  args?: unknown[];
}

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

  @ApiPropertyOptional({
    description:
      'For INVALID_CRITERIA, INVALID_TIMELINE and INVALID_SUPPLY_PLAN, whose `details` lists ' +
      "the problems in English: each problem's rule, one per `details` entry in the same " +
      'order, as `{ code, args? }` (`weightsSumTo100` with the sum, `biddingDaysAtLeast` with ' +
      'the days, `itemPlanEmpty` with the item code, …), for clients to word in their language',
    type: () => [RuleConstraint],
  })
  constraints?: RuleConstraint[];
}
