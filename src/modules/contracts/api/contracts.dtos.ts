import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/http/page-query.dto';

export class ContractListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() tenderId?: string;
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
