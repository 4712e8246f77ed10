import { ApiProperty } from '@nestjs/swagger';
import { CLAIM_STATUSES } from '../domain/claim-status';
import { PenaltyItemResponse } from './contracts.responses';

export class ClaimResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ example: '2027-12-01T09:00:00.000Z' }) issuedAt: string;
  @ApiProperty({ format: 'uuid' }) issuedBy: string;
  @ApiProperty({ example: '2027-12-01T09:00:00.000Z', description: 'Computed as of this instant' })
  asOf: string;
  @ApiProperty({ example: '16.00', description: 'The key rate of the as-of day, frozen' })
  keyRatePct: string;
  @ApiProperty({ example: '211200.00' }) amountRub: string;
  @ApiProperty({ type: [PenaltyItemResponse], description: 'What the claim took, frozen' })
  items: PenaltyItemResponse[];
  @ApiProperty({ enum: CLAIM_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true, example: '2027-12-20T09:00:00.000Z' })
  paidAt: string | null;
  @ApiProperty({ type: String, nullable: true, example: '211200.00' }) paidRub: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why it was written off or withdrawn; "PP783" when Decree 783 wrote it off',
  })
  reason: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2027-12-20T09:00:00.000Z' })
  settledAt: string | null;
}

export class ClaimListResponse {
  @ApiProperty({ type: [ClaimResponse] }) items: ClaimResponse[];
}
