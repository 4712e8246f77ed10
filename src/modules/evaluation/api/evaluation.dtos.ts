import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';

export class DeclarationDto {
  @ApiProperty({ example: false }) @IsBoolean() conflictOfInterest: boolean;
  @ApiPropertyOptional({ example: 'No ties to any bidder' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}

export class AdmissionDto {
  @ApiProperty({ example: false, description: 'false: reject (MANUAL); true: re-admit' })
  @IsBoolean()
  admitted: boolean;
  @ApiProperty({ example: 'The plant address is outside Moscow' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason: string;
}

/**
 * At most two decimals, written plainly. Instead of IsNumber's maxDecimalPlaces, which
 * throws on exponent forms like 2e-323 (a 500, found by the fuzzer).
 */
const HasHundredthsAtMost = () =>
  ValidateBy({
    name: 'hasHundredthsAtMost',
    validator: {
      validate: (value: unknown) =>
        typeof value !== 'number' || /^-?\d+(\.\d{1,2})?$/.test(String(value)),
      defaultMessage: () => '$property must have at most 2 decimal places',
    },
  });

export class ExpertScoresInput {
  @ApiPropertyOptional({ example: 80, minimum: 0, maximum: 100 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @HasHundredthsAtMost()
  @Min(0)
  @Max(100)
  technology?: number;
}

export class ExpertScoresDto {
  @ApiProperty({ type: ExpertScoresInput })
  // ValidateNested alone lets a missing object through, and the controller reads it.
  @IsObject()
  @ValidateNested()
  @Type(() => ExpertScoresInput)
  scores: ExpertScoresInput;
}
