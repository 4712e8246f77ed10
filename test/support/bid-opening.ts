import type { EntityManager } from 'typeorm';
import { DEV_DEFAULTS } from '../../src/config/dev-defaults';
import type { AppConfig } from '../../src/config/app-config';
import { BidOpening } from '../../src/modules/bids/application/open-bids';
import { admissionAtOpening } from '../../src/modules/evaluation/application/admission-at-opening';

/**
 * The opening step run in a test's own transaction, as the chronograph runs it, with the
 * development sealing key and evaluation's admission rule, `batch` bids at a time.
 */
export function openBidsInTest(m: EntityManager, tenderIds: string[], at: Date, batch?: number) {
  const config = { sealingKey: Buffer.from(DEV_DEFAULTS.SEALING_KEY, 'base64') } as AppConfig;
  return new BidOpening(config).open(m, tenderIds, at, admissionAtOpening(m), batch);
}
