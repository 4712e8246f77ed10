import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Max,
  Matches,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { IsMoney } from '../../../common/money/is-money.decorator';
import { MILESTONE_CODES, type MilestoneCode } from '../domain/bid-content';

export class PlantInput {
  @ApiProperty({ example: 'Moscow, Technopolis Moscow SEZ, Zelenograd' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  address: string;

  @ApiPropertyOptional({
    example: 5000,
    description: 'Yearly output of a one-item tender’s item (or send capacityByItem)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  capacityPerYear?: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 1, maximum: 100_000_000 },
    example: { 'lfp-200': 2000, 'nmc-90': 1500 },
    description: 'Yearly output per item code of the tender (CONTRACT.md §1)',
  })
  @IsOptional()
  @IsObject()
  @IsCapacityByItem()
  capacityByItem?: Record<string, number>;
}

/** Every value a whole number of units per year, 1 to 100 000 000. */
function IsCapacityByItem() {
  return ValidateBy({
    name: 'isCapacityByItem',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' &&
        value !== null &&
        Object.values(value).every(
          (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 100_000_000,
        ),
      defaultMessage: () => 'capacityByItem values must be whole numbers from 1 to 100000000',
    },
  });
}

/** The bid's unit price of one item of the tender (CONTRACT.md §1). */
export class ItemPriceInput {
  @ApiProperty({ example: 'lfp-200', description: 'An item code of the tender' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  item: string;

  @IsMoney('1320000.00')
  @Matches(/[1-9]/, { message: 'unitPriceRub must be more than zero' })
  unitPriceRub: string;
}

export class MilestonePlanInput {
  @ApiProperty({ enum: MILESTONE_CODES, example: 'land_secured' })
  @IsIn(MILESTONE_CODES)
  code: MilestoneCode;
  @ApiProperty({ example: 'Land lease signed' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;
  @ApiProperty({ example: 3, description: 'Months after signing' })
  @IsInt()
  @Min(1)
  @Max(120)
  dueMonth: number;
  @IsMoney('150000000.00', 'Investment tranche of this milestone') investmentRub: string;
}

/** The sealed content of a bid (API.md submit body). */
export class BidContentDto {
  @ApiPropertyOptional({ description: 'One-item tenders: the unit price (or send prices)' })
  @IsOptional()
  @IsMoney('1320000.00')
  // A free offer would divide the price formula by zero (DOMAIN.md §6: Pmin / Pi).
  @Matches(/[1-9]/, { message: 'unitPriceRub must be more than zero' })
  unitPriceRub?: string;

  @ApiPropertyOptional({
    type: [ItemPriceInput],
    description: 'A unit price for every item of the tender, each once (CONTRACT.md §1)',
    example: [
      { item: 'lfp-200', unitPriceRub: '1320000.00' },
      { item: 'nmc-90', unitPriceRub: '850000.00' },
    ],
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ItemPriceInput)
  prices?: ItemPriceInput[];
  @IsMoney('3400000000.00') investmentRub: string;
  @ApiProperty({ example: 30 }) @IsInt() @Min(1) @Max(120) buildMonths: number;
  @ApiProperty({ example: 65 }) @IsInt() @Min(0) @Max(100) localizationPct: number;
  @ApiProperty({ type: PlantInput }) @ValidateNested() @Type(() => PlantInput) plant: PlantInput;

  @ApiProperty({ type: [MilestonePlanInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestonePlanInput)
  milestones: MilestonePlanInput[];

  @ApiProperty({ example: 'LFP cells, 2,000 cycles, local cathode production from year 2' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100_000)
  technicalProposal: string;
}
