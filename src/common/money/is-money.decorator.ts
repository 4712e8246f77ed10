import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { MONEY_PATTERN } from './money';

/** A money field: a decimal string in rubles (a JSON number is refused). */
export function IsMoney(example: string, description?: string) {
  return applyDecorators(
    ApiProperty({ type: String, pattern: MONEY_PATTERN.source, example, description }),
    IsString(),
    Matches(MONEY_PATTERN, {
      message: '$property must be rubles as a decimal string, e.g. "1000.00"',
    }),
  );
}
