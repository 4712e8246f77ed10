import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EnquiryEntity } from '../infrastructure/enquiry.entity';
import { EnquiryView, toEnquiryView } from './enquiry-view';

@Injectable()
export class EnquiriesQuery {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    tenderId: string,
    limit: number,
    offset: number,
  ): Promise<{ items: EnquiryView[]; total: number }> {
    const [rows, total] = await this.dataSource.getRepository(EnquiryEntity).findAndCount({
      where: { tenderId },
      order: { askedAt: 'ASC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items: rows.map(toEnquiryView), total };
  }
}
