import { ApiProperty } from '@nestjs/swagger';
import { BidOrganizationResponse } from '../../bids';
import { ContractStageResponse, StageProgressResponse } from './stage.responses';

export class ContractItemResponse {
  @ApiProperty({ example: 'lfp-48' }) code: string;
  @ApiProperty({ example: 'LFP traction pack 48 V' }) name: string;
  @ApiProperty({ example: 'pack' }) unit: string;
  @ApiProperty({ example: '1320000.00' }) unitPriceRub: string;
  @ApiProperty({
    type: [Number],
    example: [0, 0, 0, 1716, 1714, 1714, 1714, 1714, 1714, 1714],
    description: 'quantityByYear[k - 1]: due in contract year k',
  })
  quantityByYear: number[];
  @ApiProperty({ example: '15840000000.00', description: 'unit price × Σ quantityByYear' })
  valueRub: string;
}

export class PromisedTermsResponse {
  @ApiProperty({ example: '3400000000.00' }) investmentRub: string;
  @ApiProperty({ example: 30 }) buildMonths: number;
  @ApiProperty({ type: Number, example: 65, nullable: true }) localizationPct: number | null;
}

export class ReviewResponse {
  @ApiProperty({ enum: ['accepted', 'rejected'] }) decision: string;
  @ApiProperty() comment: string;
  @ApiProperty({ format: 'uuid' }) reviewerId: string;
  @ApiProperty() at: string;
}

export class MilestoneReportResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() note: string;
  @ApiProperty({ example: '150000000.00' }) investedRub: string;
  @ApiProperty({ type: [String], format: 'uuid' }) documentIds: string[];
  @ApiProperty() submittedAt: string;
  @ApiProperty({ type: ReviewResponse, nullable: true }) review: ReviewResponse | null;
}

export class MilestoneResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'land_secured' }) code: string;
  @ApiProperty({ example: 'Land lease signed' }) title: string;
  @ApiProperty({ example: 3 }) dueMonth: number;
  @ApiProperty({ example: '2027-04-30T20:59:59.999Z' }) dueDate: string;
  @ApiProperty({ example: '150000000.00' }) plannedInvestmentRub: string;
  @ApiProperty({ enum: ['pending', 'reported', 'met', 'overdue', 'met_late'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) metAt: string | null;
  @ApiProperty({ type: [MilestoneReportResponse] }) reports: MilestoneReportResponse[];
}

export class ContractResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tenderId: string;
  @ApiProperty({ format: 'uuid' }) bidId: string;
  @ApiProperty({ type: BidOrganizationResponse }) organization: BidOrganizationResponse;
  @ApiProperty({ enum: ['pending_signature', 'active', 'completed', 'terminated', 'refused'] })
  status: string;
  @ApiProperty({ example: '1320000.00' }) unitPriceRub: string;
  @ApiProperty({ example: 12000 }) quantity: number;
  @ApiProperty({ example: '15840000000.00' }) valueRub: string;
  @ApiProperty({ example: '3400000000.00' }) investmentCommittedRub: string;
  @ApiProperty({ example: 30 }) buildMonths: number;
  @ApiProperty() signingDeadline: string;
  @ApiProperty({ type: String, nullable: true }) investorSignedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) customerSignedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) signedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) buildDeadline: string | null;
  @ApiProperty({ type: String, nullable: true }) endsAt: string | null;
  @ApiProperty({
    type: () => [MilestoneResponse],
    description: 'Milestones (contract performance), each with its reports',
  })
  milestones: MilestoneResponse[];
  @ApiProperty({
    type: [ContractItemResponse],
    description: "The tender's items at the winner's prices",
  })
  items: ContractItemResponse[];
  @ApiProperty({
    type: [ContractStageResponse],
    description: 'Contract years with supply; empty until countersigned',
  })
  stages: ContractStageResponse[];
  @ApiProperty({
    type: PromisedTermsResponse,
    nullable: true,
    description: 'What the winning bid promised',
  })
  promised: PromisedTermsResponse | null;
  @ApiProperty({
    enum: ['fulfilled', 'breached'],
    nullable: true,
    description: 'Null until completed',
  })
  outcome: 'fulfilled' | 'breached' | null;
}

export class ContractListResponse {
  @ApiProperty({ type: [ContractResponse] }) items: ContractResponse[];
  @ApiProperty({ example: 1 }) total: number;
}

class ComplaintDecisionResponse {
  @ApiProperty() reason: string;
  @ApiProperty() at: string;
}

export class ComplaintResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tenderId: string;
  @ApiProperty() subject: string;
  @ApiProperty() text: string;
  @ApiProperty({ enum: ['pending', 'upheld', 'dismissed'] }) status:
    'pending' | 'upheld' | 'dismissed';
  @ApiProperty() filedAt: string;
  @ApiProperty({ type: ComplaintDecisionResponse, nullable: true })
  decision: ComplaintDecisionResponse | null;
}

export class ReportResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty() note: string;
  @ApiProperty({ example: '150000000.00' }) investedRub: string;
  @ApiProperty({ type: [String], format: 'uuid' }) documentIds: string[];
  @ApiProperty() submittedAt: string;
  @ApiProperty({ type: ReviewResponse, nullable: true }) review: ReviewResponse | null;
}

export class ReviewResultResponse {
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty({ enum: ['pending', 'reported', 'met', 'overdue', 'met_late'] }) status: string;
}

class ComplianceInvestment {
  @ApiProperty({ example: '3400000000.00' }) committedRub: string;
  @ApiProperty({ example: '150000000.00' }) verifiedRub: string;
  @ApiProperty({ example: 4.41 }) verifiedPct: number;
}

class MilestoneCounts {
  @ApiProperty() pending: number;
  @ApiProperty() reported: number;
  @ApiProperty() met: number;
  @ApiProperty() metLate: number;
  @ApiProperty() overdue: number;
}

class ComplianceSchedule {
  @ApiProperty() buildDeadline: string;
  @ApiProperty({ example: 620 }) daysToBuildDeadline: number;
  @ApiProperty({ type: MilestoneCounts }) milestones: MilestoneCounts;
}

export class PenaltyItemResponse {
  @ApiProperty({ enum: ['delay', 'fine'] }) kind: 'delay' | 'fine';
  @ApiProperty({
    enum: [
      'ORDER_DELAY',
      'MILESTONE_DELAY',
      'ORDER_FAILED',
      'BUILD_DEADLINE_MISSED',
      'INVESTMENT_BELOW_OFFER',
      'LOCALIZATION_BELOW_OFFER',
      'OUTPUT_SHARE_EXCEEDED',
    ],
    description: 'A delay penalty on an order or a milestone tranche, or the fact a fine is for',
  })
  basis: string;
  @ApiProperty({ enum: ['contract', 'milestone', 'order', 'production_report'] })
  entityType: string;
  @ApiProperty({ format: 'uuid' }) entityId: string;
  @ApiProperty({ example: '2027-04-01', description: 'First Moscow day (a fine: its day)' })
  from: string;
  @ApiProperty({ example: '2027-04-12', description: 'Last Moscow day, inclusive' })
  to: string;
  @ApiProperty({ example: 12, description: 'Days of delay; 0 for a fine' }) days: number;
  @ApiProperty({
    example: '33000000.00',
    description: 'Delay: value still owed; fine: the stage value or the contract value',
  })
  baseRub: string;
  @ApiProperty({ example: '211200.00' }) amountRub: string;
}

class CompliancePenalties {
  @ApiProperty({ example: '211200.00', description: 'Everything accrued as of asOf, capped' })
  accruedRub: string;
  @ApiProperty({ example: '16.00', description: 'The one key rate: in force on the asOf day' })
  keyRatePct: string;
  @ApiProperty({ format: 'date-time' }) asOf: string;
  @ApiProperty({ type: [PenaltyItemResponse] }) items: PenaltyItemResponse[];
  @ApiProperty({ example: '0.00', description: 'Claims not withdrawn, as issued' })
  claimedRub: string;
  @ApiProperty({ example: '0.00' }) paidRub: string;
  @ApiProperty({ example: '0.00' }) writtenOffRub: string;
  @ApiProperty({ example: '16700000000.00', description: 'The contract value: the cap' })
  capRub: string;
  @ApiProperty({ description: 'The total reached the cap and was cut' })
  capped: boolean;
}

class FindingResponse {
  @ApiProperty({
    enum: [
      'BUILD_DEADLINE_MISSED',
      'INVESTMENT_BELOW_OFFER',
      'ORDER_FAILED',
      'OUTPUT_SHARE_EXCEEDED',
      'MILESTONE_OVERDUE',
      'ORDER_OVERDUE',
      'INVESTMENT_BEHIND_SCHEDULE',
      'PRODUCTION_REPORT_MISSING',
      'LOCALIZATION_BELOW_OFFER',
    ],
    example: 'INVESTMENT_BELOW_OFFER',
    description: 'The first four breach the contract; the others put it at risk (CONTRACT.md §4)',
  })
  code: string;
  @ApiProperty({ example: 'Verified investment 3000000000.00 is below the offered 3400000000.00' })
  message: string;
  @ApiProperty({ enum: ['contract', 'milestone', 'order', 'production_report'] })
  entityType: string;
  @ApiProperty({ format: 'uuid' }) entityId: string;
}

class ComplianceSupply {
  @ApiProperty({ type: [StageProgressResponse] }) stages: StageProgressResponse[];
}

export class ComplianceResponse {
  @ApiProperty() asOf: string;
  @ApiProperty({ enum: ['on_track', 'at_risk', 'breached'] }) status: string;
  @ApiProperty({ type: PromisedTermsResponse, description: 'What the winning bid promised' })
  promised: PromisedTermsResponse;
  @ApiProperty({ type: [FindingResponse] }) findings: FindingResponse[];
  @ApiProperty({ type: ComplianceSupply }) supply: ComplianceSupply;
  @ApiProperty({ type: ComplianceInvestment }) investment: ComplianceInvestment;
  @ApiProperty({ type: ComplianceSchedule }) schedule: ComplianceSchedule;
  @ApiProperty({ type: CompliancePenalties }) penalties: CompliancePenalties;
}
