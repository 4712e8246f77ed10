import { Inject, Injectable } from '@nestjs/common';
import { setBounded } from '../../../common/collections/bounded-map';
import { sealWithDataKey, tenderDataKey } from '../../../common/seal/sealed-box';
import { appConfig, type AppConfig } from '../../../config/app-config';
import type { TenderForBidding } from '../../tenders';

/** Tenders whose data keys are remembered at most. */
const TENDER_KEYS_KEPT = 256;

/** A bid version's content to seal, bound to its bid. */
export interface ContentToSeal {
  bidId: string;
  /** The content as JSON: what the box holds. */
  plaintext: string;
}

/**
 * The intake's seals: each content sealed with its tender's data key (the seal's format 2),
 * 10 µs a bid, on the request thread. A tender's key is set once, when it is published, so
 * it is unwrapped from under SEALING_KEY once and remembered with the wrapped bytes it came
 * from: a tender whose row holds other bytes is unwrapped again. Sealing to the tender's
 * public key took two X25519 agreements a bid, a sixth of a bid's CPU, sent to a worker
 * thread; posting to it cost more than this seal does (BENCHMARKS.md, issue #19).
 */
@Injectable()
export class IntakeSeals {
  /** By tender: its wrapped key as read, and the key unwrapped. */
  private readonly keys = new Map<string, { wrapped: Buffer; dataKey: Buffer }>();

  constructor(@Inject(appConfig.KEY) private readonly config: AppConfig) {}

  /** The contents sealed with the (locked) tender's data key, in their order. */
  seal(tender: TenderForBidding, contents: readonly ContentToSeal[]): Buffer[] {
    const dataKey = this.dataKeyOf(tender.id, tender.sealKeyWrapped as Buffer);
    return contents.map((c) => sealWithDataKey(dataKey, Buffer.from(c.plaintext), c.bidId));
  }

  private dataKeyOf(tenderId: string, wrapped: Buffer): Buffer {
    const known = this.keys.get(tenderId);
    if (known?.wrapped.equals(wrapped)) return known.dataKey;
    const dataKey = tenderDataKey(this.config.sealingKey, tenderId, wrapped);
    setBounded(this.keys, tenderId, { wrapped, dataKey }, TENDER_KEYS_KEPT);
    return dataKey;
  }
}
