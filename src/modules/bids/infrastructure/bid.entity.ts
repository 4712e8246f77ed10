import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BidContent } from '../domain/bid-content';
import type { BidStatus } from '../domain/bid-status';

/**
 * Also in the table, not mapped: `live_key`, generated from `status` (null while the bid is
 * live, its id once withdrawn), which keys the live-bid unique index (see the
 * KeepLiveBidIndexOffStatus migration).
 */
@Entity('bids')
export class BidEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'tender_id' }) tenderId: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('text') status: BidStatus;
  @Column('int') version: number;
  @Column('timestamptz', { name: 'submitted_at' }) submittedAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('text', { name: 'receipt_signature' }) receiptSignature: string;
  /** Admission findings and officers' reasons (DOMAIN.md §6); read by the protocol. */
  @Column('jsonb', { name: 'rejection_reasons', select: false })
  rejectionReasons: { code: string; message: string }[];
  /** Null until the opening step decrypts the current version. */
  @Column('jsonb', { name: 'opened_content', nullable: true }) openedContent: BidContent | null;
}
