import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../../common/auth/role';
import { NotFoundError } from '../../../common/errors/domain-error';
import { milestonesOf } from './contract-milestones';
import { ContractFilter, countContracts, listContracts } from '../infrastructure/contract-rows';
import {
  contractRowById,
  ContractRow,
  ContractView,
  toContractView,
  withOrganizations,
} from './contract-view';

/** Officers and auditors see every contract; an investor only its own (others: 404). */
@Injectable()
export class ContractsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async get(caller: AuthUser, id: string): Promise<ContractView> {
    const row = await contractRowById(this.dataSource.manager, id);
    if (!row || !this.mayRead(caller, row)) throw new NotFoundError('Contract');
    return toContractView(row, await milestonesOf(this.dataSource.manager, id));
  }

  async list(
    caller: AuthUser,
    filter: { tenderId?: string; status?: string },
    limit: number,
    offset: number,
  ) {
    const m = this.dataSource.manager;
    const where: ContractFilter = {
      ...filter,
    };
    if (caller.role === 'investor') where.organizationId = caller.organizationId;
    const total = await countContracts(m, where);
    const rows = await withOrganizations(m, await listContracts(m, where, limit, offset));
    return { items: rows.map((row) => toContractView(row)), total };
  }

  private mayRead(caller: AuthUser, row: ContractRow): boolean {
    return caller.role === 'investor' ? row.organization_id === caller.organizationId : true;
  }
}
