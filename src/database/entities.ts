import { OrganizationEntity } from '../modules/accounts/infrastructure/organization.entity';
import { UserEntity } from '../modules/accounts/infrastructure/user.entity';
import { BidVersionEntity } from '../modules/bids/infrastructure/bid-version.entity';
import { BidEntity } from '../modules/bids/infrastructure/bid.entity';
import { EnquiryEntity } from '../modules/tenders/infrastructure/enquiry.entity';
import { TenderAmendmentEntity } from '../modules/tenders/infrastructure/tender-amendment.entity';
import { TenderEntity } from '../modules/tenders/infrastructure/tender.entity';

/** Every TypeORM entity, as classes (globs break under ts-jest and bundlers). */
export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  TenderEntity,
  TenderAmendmentEntity,
  EnquiryEntity,
  BidEntity,
  BidVersionEntity,
];
