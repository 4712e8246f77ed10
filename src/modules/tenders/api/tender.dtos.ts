import { INSTANT } from '../../../common/http/is-instant.decorator';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  ValidateIf,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import { IsMoney } from '../../../common/money/is-money.decorator';
import { TENDER_STATUSES, type TenderStatus } from '../domain/tender-status';
import { CRITERION_CODES, type CriterionCode } from '../domain/criteria';
import { ITEM_CODE, MAX_ITEMS } from '../domain/supply-plan';

export class SubjectInput {
  @ApiProperty({ example: 'Traction battery pack' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  item: string;
  @ApiProperty({ example: 'pack' }) @IsString() @IsNotEmpty() @MaxLength(50) unit: string;
  @ApiProperty({ example: 12000 }) @IsInt() @Min(1) @Max(1_000_000_000) quantity: number;
}

/** CONTRACT.md §1: one product line and its quantity per contract year. */
export class SupplyItemInput {
  @ApiProperty({
    example: 'lfp-200',
    pattern: ITEM_CODE.source,
    description: 'Unique in the tender',
  })
  @IsString()
  @Matches(ITEM_CODE, { message: 'code must match ^[a-z0-9_-]{1,40}$' })
  code: string;
  @ApiProperty({ example: 'LFP traction battery pack, 200 kWh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;
  @ApiProperty({ example: 'pack' }) @IsString() @IsNotEmpty() @MaxLength(50) unit: string;
  @IsMoney('1450000.00', 'Ceiling unit price of this item')
  maxUnitPriceRub: string;
  @ApiProperty({
    type: [Number],
    example: [0, 0, 0, 400, 500, 500, 500, 500, 500, 500],
    description:
      'Quantity in contract year k at index k − 1; one entry per contract year; whole numbers ≥ 0; 0 in years that start before maxBuildMonths',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(1_000_000_000, { each: true })
  quantityByYear: number[];
}

export class OffsetConditionsInput {
  @IsMoney('3000000000.00') minInvestmentRub: string;
  @ApiProperty({ example: 36 }) @IsInt() @Min(1) @Max(120) maxBuildMonths: number;
  @ApiProperty({ example: 'Moscow' }) @IsString() @IsNotEmpty() @MaxLength(200) region: string;
  @ApiProperty({ example: 50 }) @IsInt() @Min(0) @Max(100) minLocalizationPct: number;
  @ApiProperty({ example: 10, description: 'Up to 10 years (44-FZ art. 111.4)' })
  @IsInt()
  @Min(1)
  @Max(10)
  contractYears: number;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 30,
    description:
      'Largest share (whole percent) of the plant’s yearly output the contract may take; null: no cap. Omitted: 30 for a tender written with items, null for the one-line form (version 1 had no such check)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxContractSharePct?: number | null;
}

export class CriterionInput {
  @ApiProperty({ enum: CRITERION_CODES, example: 'price' }) @IsString() code: CriterionCode;
  @ApiProperty({ example: 60, description: 'Whole percent' }) @IsInt() weight: number;
}

export class TimelineInput {
  @ApiProperty({ example: '2026-12-18T09:00:00.000Z' }) @Matches(INSTANT) enquiriesUntil: string;
  @ApiProperty({ example: '2026-12-22T09:00:00.000Z' })
  @Matches(INSTANT)
  submissionDeadline: string;
  @ApiPropertyOptional({ example: 10 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  standstillDays?: number;
  @ApiPropertyOptional({ example: 5, description: 'Working days' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  signingDays?: number;
}

export class CreateTenderDto {
  @ApiProperty({ example: 'Offset contract: traction batteries with a plant in Moscow' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({ example: 'Build a traction-battery plant in Moscow within 3 years, then supply.' })
  @IsString()
  @MaxLength(20000)
  description: string;

  @ApiProperty({ example: 'Moscow Department of Transport' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  customer: string;

  @ApiPropertyOptional({
    type: SubjectInput,
    description: 'The one-line form of version 1 (one item `main`); or send items',
  })
  @IsOptional()
  @IsObject() // ValidateNested alone lets a missing object through
  @ValidateNested()
  @Type(() => SubjectInput)
  subject?: SubjectInput;

  @ApiPropertyOptional({ description: 'Ceiling unit price of the one-line form' })
  @IsOptional()
  @IsMoney('1450000.00', 'Ceiling unit price')
  maxUnitPriceRub?: string;

  @ApiPropertyOptional({
    type: [SupplyItemInput],
    description: 'Product lines (CONTRACT.md §1), instead of subject and maxUnitPriceRub',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => SupplyItemInput)
  items?: SupplyItemInput[];

  @ApiProperty({ type: OffsetConditionsInput })
  @IsObject() // ValidateNested alone lets a missing object through
  @ValidateNested()
  @Type(() => OffsetConditionsInput)
  offsetConditions: OffsetConditionsInput;

  @ApiProperty({ type: [CriterionInput] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CriterionInput)
  criteria: CriterionInput[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Officer ids, at least one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  commission: string[];

  @ApiProperty({ type: TimelineInput })
  @IsObject() // ValidateNested alone lets a missing object through
  @ValidateNested()
  @Type(() => TimelineInput)
  timeline: TimelineInput;
}

export class EditTenderDto extends PartialType(CreateTenderDto) {}

/**
 * An amendment's field: absent leaves it as it is, and a value must be valid. Unlike
 * IsOptional, null is checked (and refused) too: no condition of a tender is null by
 * amendment, and a null let through failed only when the tender was saved, as a 500.
 */
const AbsentOrGiven = () => ValidateIf((_changes, value) => value !== undefined);

export class AmendmentChangesInput {
  @ApiPropertyOptional() @AbsentOrGiven() @IsString() @MaxLength(20000) description?: string;
  @ApiPropertyOptional({ example: '2027-01-15T09:00:00.000Z' })
  @AbsentOrGiven()
  @Matches(INSTANT)
  submissionDeadline?: string;
  @ApiPropertyOptional() @AbsentOrGiven() @Matches(INSTANT) enquiriesUntil?: string;
  // Above IsMoney, so the document marks it optional (IsMoney's own ApiProperty says required).
  @ApiPropertyOptional({ description: 'Ceiling unit price of the one-line form' })
  @AbsentOrGiven()
  @IsMoney('1500000.00')
  maxUnitPriceRub?: string;
  @ApiPropertyOptional({
    type: [SupplyItemInput],
    description: 'Product lines (CONTRACT.md §1), instead of subject and maxUnitPriceRub',
  })
  @AbsentOrGiven()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => SupplyItemInput)
  items?: SupplyItemInput[];
  @ApiPropertyOptional({ type: SubjectInput })
  @AbsentOrGiven()
  @ValidateNested()
  @Type(() => SubjectInput)
  subject?: SubjectInput;
  @ApiPropertyOptional({ type: OffsetConditionsInput })
  @AbsentOrGiven()
  @ValidateNested()
  @Type(() => OffsetConditionsInput)
  offsetConditions?: OffsetConditionsInput;
  @ApiPropertyOptional({ type: [CriterionInput] })
  @AbsentOrGiven()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CriterionInput)
  criteria?: CriterionInput[];
}

export class AmendTenderDto {
  @ApiProperty({ example: 'Quantity raised after the transport plan update' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason: string;

  @ApiProperty({ type: AmendmentChangesInput })
  @IsObject() // ValidateNested alone lets a missing object through
  @ValidateNested()
  @Type(() => AmendmentChangesInput)
  changes: AmendmentChangesInput;
}

export class CancelTenderDto {
  @ApiProperty({ example: 'The need no longer exists' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason: string;
  @ApiPropertyOptional({ enum: ['force_majeure', 'other'] })
  @IsOptional()
  @IsIn(['force_majeure', 'other'])
  reasonType?: 'force_majeure' | 'other';
}

export class TenderListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TENDER_STATUSES })
  @IsOptional()
  @IsIn(TENDER_STATUSES)
  status?: TenderStatus;
}
