import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { KEY_RATE_PCT_PATTERN } from '../domain/key-rate-pct';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export class RecordKeyRateDto {
  @ApiProperty({
    type: String,
    format: 'date',
    example: '2026-02-16',
    description: 'The Moscow day the rate takes effect (a Friday decision applies from Monday)',
  })
  @IsString()
  @Matches(DATE_SHAPE, { message: '$property must be a calendar date written YYYY-MM-DD' })
  effectiveFrom: string;

  @ApiProperty({
    type: String,
    pattern: KEY_RATE_PCT_PATTERN.source,
    example: '15.50',
    description: 'Percent per year, 0 to 99.99, as a decimal string (a JSON number is refused)',
  })
  @IsString()
  @Matches(KEY_RATE_PCT_PATTERN, {
    message: '$property must be percent per year as a decimal string, e.g. "16.00"',
  })
  ratePct: string;
}
