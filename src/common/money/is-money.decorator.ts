import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, ValidateBy } from 'class-validator';
import { MONEY_PATTERN } from './money';

/**
 * A money field: a decimal string in rubles (a JSON number is refused). Its own constraint
 * code, `isMoney`, so a client can name the rule rather than a bare pattern.
 */
export function IsMoney(example: string, description?: string) {
  return applyDecorators(
    ApiProperty({ type: String, pattern: MONEY_PATTERN.source, example, description }),
    IsString(),
    ValidateBy({
      name: 'isMoney',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && MONEY_PATTERN.test(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must be rubles as a decimal string, e.g. "1000.00"`,
      },
    }),
  );
}
