import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { enquiriesPage } from '../infrastructure/enquiry-store';
import { EnquiryView, toEnquiryView } from './enquiry-view';

@Injectable()
export class EnquiriesQuery {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    tenderId: string,
    limit: number,
    offset: number,
  ): Promise<{ items: EnquiryView[]; total: number }> {
    const [rows, total] = await enquiriesPage(this.dataSource.manager, tenderId, limit, offset);
    return { items: rows.map(toEnquiryView), total };
  }
}
