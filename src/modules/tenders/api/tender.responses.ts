import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DocumentResponse } from '../../../common/uploads/document.response';
import { TENDER_STATUSES } from '../domain/tender-status';
import {
  CriterionInput,
  OffsetConditionsInput,
  SubjectInput,
  SupplyItemInput,
} from './tender.dtos';

export class TimelineResponse {
  @ApiProperty({ example: '2026-12-18T09:00:00.000Z' }) enquiriesUntil: string;
  @ApiProperty({ example: '2026-12-22T09:00:00.000Z' }) submissionDeadline: string;
  @ApiProperty({ example: 10 }) standstillDays: number;
  @ApiProperty({ example: 5 }) signingDays: number;
}

export class AmendmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 1 }) number: number;
  @ApiProperty({ example: 'Quantity raised' }) reason: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) changes: Record<string, unknown>;
  @ApiProperty({ description: 'Changed the conditions: submitted bids were invalidated' })
  conditionChange: boolean;
  @ApiProperty({ example: '2026-12-05T09:00:00.000Z' }) createdAt: string;
}

export class AmendmentResultResponse extends AmendmentResponse {
  @ApiProperty({ description: 'The submission deadline after this amendment' })
  submissionDeadline: string;
}

export class CancellationResponse {
  @ApiProperty() reason: string;
  @ApiProperty({ type: String, nullable: true, example: 'force_majeure' }) reasonType:
    string | null;
  @ApiProperty({ format: 'uuid' }) by: string;
}

export class TenderResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: TENDER_STATUSES, example: 'tendering' }) status: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() customer: string;
  @ApiProperty({
    type: SubjectInput,
    nullable: true,
    description: 'One-item tenders: the item as the one-line subject; several items: null',
  })
  subject: SubjectInput | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '1450000.00',
    description: 'One-item tenders: the item’s ceiling; several items: null',
  })
  maxUnitPriceRub: string | null;
  @ApiProperty({
    type: [SupplyItemInput],
    description: 'What the tender buys, always present (a one-line tender: the one item `main`)',
  })
  items: SupplyItemInput[];
  @ApiProperty({ type: OffsetConditionsInput }) offsetConditions: OffsetConditionsInput;
  @ApiProperty({ type: [CriterionInput] }) criteria: CriterionInput[];
  @ApiProperty({ type: [String], format: 'uuid' }) commission: string[];
  @ApiProperty({ type: TimelineResponse }) timeline: TimelineResponse;
  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: true,
    description: 'Rules snapshot at publication',
  })
  rules: object | null;
  @ApiProperty({ type: [AmendmentResponse] }) amendments: AmendmentResponse[];
  @ApiProperty({ type: [DocumentResponse], description: 'Tender documents (public)' })
  documents: DocumentResponse[];
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ type: String, nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelledAt: string | null;
  @ApiProperty({ type: CancellationResponse, nullable: true })
  cancellation: CancellationResponse | null;
  @ApiPropertyOptional({ description: 'Present only once bids are opened', example: 3 })
  bidsCount?: number;
}

export class TenderListResponse {
  @ApiProperty({ type: [TenderResponse] }) items: TenderResponse[];
  @ApiProperty({ example: 1 }) total: number;
}

export class EnquiryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tenderId: string;
  @ApiProperty({ example: 'May the plant be outside Technopolis Moscow?' }) question: string;
  @ApiProperty() askedAt: string;
  @ApiProperty({ type: String, nullable: true }) answer: string | null;
  @ApiProperty({ type: String, nullable: true }) answeredAt: string | null;
}

export class EnquiryListResponse {
  @ApiProperty({ type: [EnquiryResponse] }) items: EnquiryResponse[];
  @ApiProperty({ example: 1 }) total: number;
}
