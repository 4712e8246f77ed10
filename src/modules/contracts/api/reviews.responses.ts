import { ApiProperty } from '@nestjs/swagger';
import { BidOrganizationResponse } from '../../bids';

export const PENDING_REVIEW_KINDS = ['milestone_report', 'production_report'] as const;

export class PendingMilestoneResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'land_secured' }) code: string;
  @ApiProperty({ example: 'Land lease signed' }) title: string;
  @ApiProperty({ example: '2027-04-30T20:59:59.999Z' }) dueDate: string;
}

export class PendingReviewResponse {
  @ApiProperty({ enum: PENDING_REVIEW_KINDS, example: 'milestone_report' }) kind: string;
  @ApiProperty({
    format: 'uuid',
    description:
      'The report to review: POST /contracts/{contractId}/milestones/{milestone.id}/reports/{reportId}/review, or /contracts/{contractId}/production-reports/{reportId}/review',
  })
  reportId: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ format: 'uuid' }) tenderId: string;
  @ApiProperty({ type: BidOrganizationResponse }) organization: BidOrganizationResponse;
  @ApiProperty({ example: '2027-04-02T09:00:00.000Z' }) submittedAt: string;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Evidence: GET /contracts/{contractId}/documents/{docId}',
  })
  documentIds: string[];
  @ApiProperty({
    type: PendingMilestoneResponse,
    nullable: true,
    description: 'The milestone reported on (milestone reports only)',
  })
  milestone: PendingMilestoneResponse | null;
  @ApiProperty({ type: String, nullable: true, description: 'Milestone reports only' })
  note: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '150000000.00',
    description: 'Milestone reports only',
  })
  investedRub: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Milestone reports only, if given' })
  localizationPct: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 2030,
    description: 'Production reports only',
  })
  year: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    nullable: true,
    example: { main: 6200 },
    description: 'Production reports only',
  })
  producedByItem: Record<string, number> | null;
}

export class PendingReviewListResponse {
  @ApiProperty({ type: [PendingReviewResponse] }) items: PendingReviewResponse[];
  @ApiProperty({ example: 1 }) total: number;
}
