import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../../common/errors/domain-error';
import { usersPage, userWithOrganization } from '../infrastructure/user-store';
import { toUserView, UserView } from './user-view';

@Injectable()
export class UsersQuery {
  constructor(private readonly dataSource: DataSource) {}

  async byId(id: string): Promise<UserView> {
    const user = await userWithOrganization(this.dataSource.manager, id);
    if (!user) throw new NotFoundError('User');
    return toUserView(user, user.organization);
  }

  async list(limit: number, offset: number): Promise<{ items: UserView[]; total: number }> {
    const [users, total] = await usersPage(this.dataSource.manager, limit, offset);
    return { items: users.map((u) => toUserView(u, u.organization)), total };
  }
}
