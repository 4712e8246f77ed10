import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Max,
  Matches,
  MaxLength,
  Min,
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

  @ApiProperty({ example: 5000, description: 'Packs per year' })
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  capacityPerYear: number;
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
  @IsMoney('1320000.00')
  // A free offer would divide the price formula by zero (DOMAIN.md §6: Pmin / Pi).
  @Matches(/[1-9]/, { message: 'unitPriceRub must be more than zero' })
  unitPriceRub: string;
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
