import { CreateFoundation1795675700000 } from './1795675700000-CreateFoundation';
import { CreateWorkingCalendar1795680000000 } from './1795680000000-CreateWorkingCalendar';
import { CreateTendersAndBids1795681000000 } from './1795681000000-CreateTendersAndBids';
import { AddSandboxClockFreeze1795682000000 } from './1795682000000-AddSandboxClockFreeze';
import { CreateDocuments1795683000000 } from './1795683000000-CreateDocuments';
import { CreateAuditCheckpoints1795684000000 } from './1795684000000-CreateAuditCheckpoints';
import { CreateNotifications1795685000000 } from './1795685000000-CreateNotifications';
import { CreateEvaluation1795686000000 } from './1795686000000-CreateEvaluation';
import { CreateContracting1795687000000 } from './1795687000000-CreateContracting';
import { CreateMilestones1795689000000 } from './1795689000000-CreateMilestones';
import { CreateKeyRates1795688000000 } from './1795688000000-CreateKeyRates';

import { CreateContractDocuments1795690000000 } from './1795690000000-CreateContractDocuments';
import { CreateLoginThrottle1795691000000 } from './1795691000000-CreateLoginThrottle';
import { IndexBidsOpenedEvents1795692300000 } from './1795692300000-IndexBidsOpenedEvents';
import { AddTenderItems1795693000000 } from './1795693000000-AddTenderItems';
import { AllowTendersOfSeveralItems1795694000000 } from './1795694000000-AllowTendersOfSeveralItems';
import { AddContractSupplyTerms1795695000000 } from './1795695000000-AddContractSupplyTerms';
import { CreateSupplyOrders1795695100000 } from './1795695100000-CreateSupplyOrders';
import { CreateProductionReports1795695200000 } from './1795695200000-CreateProductionReports';
import { AddReportLocalization1795695300000 } from './1795695300000-AddReportLocalization';
import { CreatePenaltyClaims1795695400000 } from './1795695400000-CreatePenaltyClaims';
import { IndexDeliveriesByContract1795695500000 } from './1795695500000-IndexDeliveriesByContract';
import { IndexAuditEventsByXidAndId1795695600000 } from './1795695600000-IndexAuditEventsByXidAndId';
import { AddAuditChainCanonicalData1795695700000 } from './1795695700000-AddAuditChainCanonicalData';
import { CreateKeptProtocols1795695800000 } from './1795695800000-CreateKeptProtocols';
import { KeepProtocolsAsJson1795695900000 } from './1795695900000-KeepProtocolsAsJson';
import { KeepLiveBidIndexOffStatus1795696000000 } from './1795696000000-KeepLiveBidIndexOffStatus';
import { KeepProtocolSummaries1795696100000 } from './1795696100000-KeepProtocolSummaries';
import { CompressProtocolsWithLz41795696200000 } from './1795696200000-CompressProtocolsWithLz4';

/** Every migration, in order. Passed as classes: globs break under ts-jest and bundlers. */
export const MIGRATIONS = [
  CreateFoundation1795675700000,
  CreateWorkingCalendar1795680000000,
  CreateTendersAndBids1795681000000,
  AddSandboxClockFreeze1795682000000,
  CreateDocuments1795683000000,
  CreateAuditCheckpoints1795684000000,
  CreateNotifications1795685000000,
  CreateEvaluation1795686000000,
  CreateContracting1795687000000,
  CreateMilestones1795689000000,
  CreateKeyRates1795688000000,
  CreateContractDocuments1795690000000,
  CreateLoginThrottle1795691000000,
  IndexBidsOpenedEvents1795692300000,
  AddTenderItems1795693000000,
  AllowTendersOfSeveralItems1795694000000,
  AddContractSupplyTerms1795695000000,
  CreateSupplyOrders1795695100000,
  CreateProductionReports1795695200000,
  AddReportLocalization1795695300000,
  CreatePenaltyClaims1795695400000,
  IndexDeliveriesByContract1795695500000,
  IndexAuditEventsByXidAndId1795695600000,
  AddAuditChainCanonicalData1795695700000,
  CreateKeptProtocols1795695800000,
  KeepProtocolsAsJson1795695900000,
  KeepLiveBidIndexOffStatus1795696000000,
  KeepProtocolSummaries1795696100000,
  CompressProtocolsWithLz41795696200000,
];
