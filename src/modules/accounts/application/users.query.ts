import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../../common/errors/domain-error';
import { UserEntity } from '../infrastructure/user.entity';
import { toUserView, UserView } from './user-view';

@Injectable()
export class UsersQuery {
  constructor(private readonly dataSource: DataSource) {}

  async byId(id: string): Promise<UserView> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { id }, relations: { organization: true } });
    if (!user) throw new NotFoundError('User');
    return toUserView(user, user.organization);
  }

  async list(limit: number, offset: number): Promise<{ items: UserView[]; total: number }> {
    const [users, total] = await this.dataSource.getRepository(UserEntity).findAndCount({
      relations: { organization: true },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items: users.map((u) => toUserView(u, u.organization)), total };
  }
}
