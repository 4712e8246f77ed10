import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { usersPage } from '../infrastructure/user-store';
import { toUserView, UserView } from './user-view';

@Injectable()
export class UsersQuery {
  constructor(private readonly dataSource: DataSource) {}

  async list(limit: number, offset: number): Promise<{ items: UserView[]; total: number }> {
    const [users, total] = await usersPage(this.dataSource.manager, limit, offset);
    return { items: users.map((u) => toUserView(u, u.organization)), total };
  }
}
