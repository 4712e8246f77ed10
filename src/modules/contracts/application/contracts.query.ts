import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { NotFoundError } from '../../../common/errors/domain-error';
import { milestonesOf } from './contract-milestones';
import { CONTRACT_SELECT, ContractRow, ContractView, toContractView } from './contract-view';

/** Officers and auditors see every contract; an investor only its own (others: 404). */
@Injectable()
export class ContractsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async get(caller: AuthUser, id: string): Promise<ContractView> {
    const [row] = await this.dataSource.query<ContractRow[]>(`${CONTRACT_SELECT} WHERE k.id = $1`, [
      id,
    ]);
    if (!row || !this.mayRead(caller, row)) throw new NotFoundError('Contract');
    return toContractView(row, await milestonesOf(this.dataSource.manager, id));
  }

  async list(
    caller: AuthUser,
    filter: { tenderId?: string; status?: string },
    limit: number,
    offset: number,
  ) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.tenderId) where.push(`k.tender_id = $${params.push(filter.tenderId)}`);
    if (filter.status) where.push(`k.status = $${params.push(filter.status)}`);
    if (caller.role === 'investor')
      where.push(`k.organization_id = $${params.push(caller.organizationId)}`);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM contracts k ${clause}`,
      params,
    );
    const rows = await this.dataSource.query<ContractRow[]>(
      `${CONTRACT_SELECT} ${clause} ORDER BY k.created_at DESC, k.id LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
      params,
    );
    return { items: rows.map((row) => toContractView(row)), total };
  }

  private mayRead(caller: AuthUser, row: ContractRow): boolean {
    return caller.role === 'investor' ? row.organization_id === caller.organizationId : true;
  }
}
