import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Criterion } from '../domain/criteria';
import type { ProcedureRules } from '../domain/procedure-rules';
import type { SupplyItem } from '../domain/supply-plan';
import type { TenderStatus } from '../domain/tender-status';

export interface Subject {
  item: string;
  unit: string;
  quantity: number;
}

/** Money inside is kept as decimal strings, as the API sends it. */
export interface OffsetConditions {
  minInvestmentRub: string;
  maxBuildMonths: number;
  region: string;
  minLocalizationPct: number;
  contractYears: number;
  /**
   * CONTRACT.md §1; null: no cap. Absent on tenders made before product lines, which
   * read as null (version 1 had no such check).
   */
  maxContractSharePct?: number | null;
}

export interface Cancellation {
  reason: string;
  reasonType: string | null;
  by: string;
}

@Entity('tenders')
export class TenderEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') status: TenderStatus;
  @Column('text') title: string;
  @Column('text') description: string;
  @Column('text') customer: string;
  /** The one-line form; null for a tender of several items (CONTRACT.md §1). */
  @Column('jsonb', { nullable: true }) subject: Subject | null;
  @Column('numeric', { name: 'max_unit_price_rub', nullable: true }) maxUnitPriceRub: string | null;
  /** CONTRACT.md §1; null on tenders made before items existed (read by itemsOfTender). */
  @Column('jsonb', { nullable: true }) items: SupplyItem[] | null;
  @Column('jsonb', { name: 'offset_conditions' }) offsetConditions: OffsetConditions;
  @Column('jsonb') criteria: Criterion[];
  @Column('uuid', { array: true }) commission: string[];
  @Column('timestamptz', { name: 'enquiries_until' }) enquiriesUntil: Date;
  @Column('timestamptz', { name: 'submission_deadline' }) submissionDeadline: Date;
  @Column('int', { name: 'standstill_days' }) standstillDays: number;
  @Column('int', { name: 'signing_days' }) signingDays: number;
  @Column('jsonb', { nullable: true }) rules: ProcedureRules | null;
  @Column('bytea', { name: 'seal_public_key', nullable: true }) sealPublicKey: Buffer | null;
  @Column('bytea', { name: 'seal_private_key_wrapped', nullable: true, select: false })
  sealPrivateKeyWrapped: Buffer | null;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt: Date | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt: Date | null;
  @Column('jsonb', { nullable: true }) cancellation: Cancellation | null;
  @Column('timestamptz', { name: 'bids_opened_at', nullable: true }) bidsOpenedAt: Date | null;
  @Column('int', { name: 'bids_count', nullable: true }) bidsCount: number | null;
  @Column('timestamptz', { name: 'next_check_at', nullable: true }) nextCheckAt: Date | null;
}
