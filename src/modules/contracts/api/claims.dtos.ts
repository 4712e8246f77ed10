import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsInstant } from '../../../common/http/is-instant.decorator';
import { IsMoney } from '../../../common/money/is-money.decorator';

export class IssueClaimDto {
  @ApiPropertyOptional({
    example: '2027-12-01T09:00:00.000Z',
    description: 'The day the claim is computed as of (its key rate is that day’s); default now',
  })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}

export class ClaimPaymentDto {
  @ApiProperty({ example: '2027-12-20T09:00:00.000Z' })
  @IsInstant()
  paidAt: string;

  @IsMoney('211200.00', 'The whole amount of the claim') amountRub: string;
}

export class ClaimReasonDto {
  @ApiProperty({ example: 'The delay was caused by the customer’s late approval of the site' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason: string;
}
