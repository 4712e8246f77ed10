import { OrganizationEntity } from '../modules/accounts/infrastructure/organization.entity';
import { UserEntity } from '../modules/accounts/infrastructure/user.entity';

/** Every TypeORM entity, as classes (globs break under ts-jest and bundlers). */
export const ENTITIES = [OrganizationEntity, UserEntity];
