import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('tender_amendments')
export class TenderAmendmentEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'tender_id' }) tenderId: string;
  @Column('int') number: number;
  @Column('text') reason: string;
  @Column('jsonb') changes: Record<string, unknown>;
  @Column('jsonb') previous: Record<string, unknown>;
  @Column('boolean', { name: 'condition_change' }) conditionChange: boolean;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
