import { Injectable } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { NotFoundError } from '../../../common/errors/domain-error';
import { isPublished, TenderStatus } from '../domain/tender-status';
import { TenderAmendmentEntity } from '../infrastructure/tender-amendment.entity';
import { documentsOf } from '../infrastructure/tender-document-store';
import { TenderEntity } from '../infrastructure/tender.entity';
import { toTenderView, TenderView } from './tender-view';

/** Published tenders are public; drafts exist only for officers (others get 404). */
@Injectable()
export class TendersQuery {
  constructor(private readonly dataSource: DataSource) {}

  async visible(id: string, caller: AuthUser | undefined): Promise<TenderEntity> {
    const tender = await this.dataSource.getRepository(TenderEntity).findOneBy({ id });
    if (!tender || (!isPublished(tender.status) && caller?.role !== 'officer')) {
      throw new NotFoundError('Tender');
    }
    return tender;
  }

  async get(id: string, caller: AuthUser | undefined): Promise<TenderView> {
    const tender = await this.visible(id, caller);
    const amendments = await this.dataSource
      .getRepository(TenderAmendmentEntity)
      .find({ where: { tenderId: id }, order: { number: 'ASC' } });
    return toTenderView(tender, amendments, await documentsOf(this.dataSource, [id]));
  }

  async list(
    caller: AuthUser | undefined,
    filter: { status?: TenderStatus; limit: number; offset: number },
  ): Promise<{ items: TenderView[]; total: number }> {
    const statusFilter =
      filter.status ?? (caller?.role === 'officer' ? undefined : Not(In(['draft'])));
    if (filter.status === 'draft' && caller?.role !== 'officer') return { items: [], total: 0 };
    const [tenders, total] = await this.dataSource.getRepository(TenderEntity).findAndCount({
      where: statusFilter ? { status: statusFilter } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      take: filter.limit,
      skip: filter.offset,
    });
    const amendments = await this.dataSource.getRepository(TenderAmendmentEntity).find({
      where: { tenderId: In(tenders.map((t) => t.id)) },
      order: { number: 'ASC' },
    });
    const documents = await documentsOf(
      this.dataSource,
      tenders.map((t) => t.id),
    );
    return {
      items: tenders.map((t) =>
        toTenderView(
          t,
          amendments.filter((a) => a.tenderId === t.id),
          documents.filter((d) => d.tenderId === t.id),
        ),
      ),
      total,
    };
  }
}
