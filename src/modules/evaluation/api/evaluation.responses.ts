import { ApiProperty } from '@nestjs/swagger';
import { CriterionInput } from '../../tenders';

class ProtocolOrganization {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '7707083893' }) inn: string;
}

class ProtocolReason {
  @ApiProperty({ example: 'INVESTMENT_BELOW_MINIMUM' }) code: string;
  @ApiProperty() message: string;
}

class ProtocolValues {
  @ApiProperty({
    example: '1320000.00',
    description: 'One-item tender: the unit price (version 1); several items: the bid price',
  })
  price: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '15840000000.00',
    description:
      'The bid price, Σ unit price × planned quantity (CONTRACT.md §1): what the price criterion scores',
  })
  bidPriceRub: string | null;
  @ApiProperty({ example: '3400000000.00' }) investment: string;
  @ApiProperty({ example: 30 }) buildTime: number;
  @ApiProperty({ example: 65 }) localization: number;
}

class ProtocolBidResponse {
  @ApiProperty({ format: 'uuid' }) bidId: string;
  @ApiProperty({ type: ProtocolOrganization }) organization: ProtocolOrganization;
  @ApiProperty() submittedAt: string;
  @ApiProperty() admitted: boolean;
  @ApiProperty({ type: [ProtocolReason] }) rejectionReasons: ProtocolReason[];
  @ApiProperty({ type: ProtocolValues }) values: ProtocolValues;
  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: { type: 'number' },
    example: { price: 96.97, investment: 100, total: 93.64 },
  })
  scores: Record<string, number> | null;
  @ApiProperty({ type: Number, nullable: true, example: 1 }) rank: number | null;
}

export class ProtocolResponse {
  @ApiProperty({ format: 'uuid' }) tenderId: string;
  @ApiProperty({ enum: ['in_progress', 'final'], example: 'final' }) status:
    'in_progress' | 'final';
  @ApiProperty({ type: [CriterionInput] }) criteria: CriterionInput[];
  @ApiProperty() singleBid: boolean;
  @ApiProperty({ description: 'Every scoring member has scored every admitted bid' })
  expertScoresComplete: boolean;
  @ApiProperty({ type: [ProtocolBidResponse] }) bids: ProtocolBidResponse[];
}

export class DeclarationResponse {
  @ApiProperty({ format: 'uuid' }) tenderId: string;
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty() conflictOfInterest: boolean;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty() declaredAt: string;
}
