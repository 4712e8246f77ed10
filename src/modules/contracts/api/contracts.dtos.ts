import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsMoney } from '../../../common/money/is-money.decorator';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import { CONTRACT_STATUSES, type ContractStatus } from '../domain/contract-status';

export class ContractListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() tenderId?: string;
  @ApiPropertyOptional({ enum: CONTRACT_STATUSES })
  @IsOptional()
  @IsIn(CONTRACT_STATUSES)
  status?: ContractStatus;
}

export class ComplaintDto {
  @ApiProperty({ example: 'Scoring of the technical proposal' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  subject: string;
  @ApiProperty({ example: 'The commission ignored our cell chemistry.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  text: string;
}

export class ComplaintDecisionDto {
  @ApiProperty({ enum: ['upheld', 'dismissed'] }) @IsIn(['upheld', 'dismissed']) decision:
    'upheld' | 'dismissed';
  @ApiProperty({ example: 'FAS decision No. 077/06/105-1234/2027' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason: string;
}

export class ProgressReportDto {
  @ApiProperty({ example: 'Land lease signed with the city; plot 12 ha in Zelenograd' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  note: string;

  @IsMoney('150000000.00', 'Invested for this milestone, as evidenced') investedRub: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Evidence document ids' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  documentIds?: string[];
}

export class ReviewDto {
  @ApiProperty({ enum: ['accepted', 'rejected'] }) @IsIn(['accepted', 'rejected']) decision:
    'accepted' | 'rejected';
  @ApiProperty({ example: 'Lease registered in Rosreestr; matches the plan' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  comment: string;
}

export class TerminationDto {
  @ApiProperty({ example: 'Build deadline missed by 8 months' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason: string;
}
