import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('enquiries')
export class EnquiryEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'tender_id' }) tenderId: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'asked_by' }) askedBy: string;
  @Column('text') question: string;
  @Column('timestamptz', { name: 'asked_at' }) askedAt: Date;
  @Column('text', { nullable: true }) answer: string | null;
  @Column('uuid', { name: 'answered_by', nullable: true }) answeredBy: string | null;
  @Column('timestamptz', { name: 'answered_at', nullable: true }) answeredAt: Date | null;
}
