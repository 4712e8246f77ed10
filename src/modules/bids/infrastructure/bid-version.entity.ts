import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Every version an investor filed, kept sealed; replacements never overwrite. */
@Entity('bid_versions')
export class BidVersionEntity {
  @PrimaryColumn('uuid', { name: 'bid_id' }) bidId: string;
  @PrimaryColumn('int') version: number;
  @Column('bytea', { name: 'sealed_content' }) sealedContent: Buffer;
  @Column('char', { name: 'content_sha256', length: 64 }) contentSha256: string;
  @Column('uuid', { name: 'submitted_by' }) submittedBy: string;
  @Column('timestamptz', { name: 'submitted_at' }) submittedAt: Date;
}
