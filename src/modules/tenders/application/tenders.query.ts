import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { NotFoundError } from '../../../common/errors/domain-error';
import { isPublished, TenderStatus } from '../domain/tender-status';
import { documentsOf } from '../infrastructure/tender-document-store';
import {
  amendmentsOf,
  amendmentsOfTenders,
  tenderById,
  tendersPage,
} from '../infrastructure/tender-store';
import type { TenderEntity } from '../infrastructure/tender.entity';
import { toTenderView, TenderView } from './tender-view';

/** Published tenders are public; drafts exist only for officers (others get 404). */
@Injectable()
export class TendersQuery {
  constructor(private readonly dataSource: DataSource) {}

  async visible(id: string, caller: AuthUser | undefined): Promise<TenderEntity> {
    const tender = await tenderById(this.dataSource.manager, id);
    if (!tender || (!isPublished(tender.status) && caller?.role !== 'officer')) {
      throw new NotFoundError('Tender');
    }
    return tender;
  }

  async get(id: string, caller: AuthUser | undefined): Promise<TenderView> {
    const tender = await this.visible(id, caller);
    const amendments = await amendmentsOf(this.dataSource.manager, id);
    return toTenderView(tender, amendments, await documentsOf(this.dataSource, [id]));
  }

  async list(
    caller: AuthUser | undefined,
    filter: { status?: TenderStatus; limit: number; offset: number },
  ): Promise<{ items: TenderView[]; total: number }> {
    const officer = caller?.role === 'officer';
    if (filter.status === 'draft' && !officer) return { items: [], total: 0 };
    const [tenders, total] = await tendersPage(this.dataSource.manager, {
      ...filter,
      hideDrafts: !officer,
    });
    const amendments = await amendmentsOfTenders(
      this.dataSource.manager,
      tenders.map((t) => t.id),
    );
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
