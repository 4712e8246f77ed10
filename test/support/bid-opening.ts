import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import { DEV_DEFAULTS } from '../../src/config/dev-defaults';
import type { AppConfig } from '../../src/config/app-config';
import { BidOpening } from '../../src/modules/bids/application/open-bids';
import { SealingWorker } from '../../src/modules/bids/infrastructure/sealing-worker';
import { admissionAtOpening } from '../../src/modules/evaluation/application/admission-at-opening';

/** The seal's thread as the built server runs it (the e2e run builds dist/ first). */
class BuiltSealingWorker extends SealingWorker {
  protected override readonly script = join(
    __dirname,
    '..',
    '..',
    'dist',
    'modules',
    'bids',
    'infrastructure',
    'sealing-thread.js',
  );
}

/**
 * The opening step run in a test's own transaction, as the chronograph runs it, with the
 * development sealing key and evaluation's admission rule, `batch` bids at a time.
 */
export async function openBidsInTest(
  m: EntityManager,
  tenderIds: string[],
  at: Date,
  batch?: number,
) {
  const thread = new BuiltSealingWorker();
  try {
    const config = { sealingKey: Buffer.from(DEV_DEFAULTS.SEALING_KEY, 'base64') } as AppConfig;
    const opening = new BidOpening(config, thread);
    return await opening.open(m, tenderIds, at, admissionAtOpening(m), batch);
  } finally {
    await thread.onModuleDestroy();
  }
}
