import { Inject, Injectable } from '@nestjs/common';
import { tenderDataKey } from '../../../common/seal/sealed-box';
import { appConfig, type AppConfig } from '../../../config/app-config';
import type { TenderForBidding } from '../../tenders';
import { SealingWorker, type ContentToSeal } from '../infrastructure/sealing-worker';

/** Tenders whose data keys are remembered at most. */
const TENDER_KEYS_KEPT = 256;

/** A group's seals, perhaps already under way (see IntakeSeals.begin). */
export interface GroupSeals {
  /** The group's contents sealed with the locked tender's key, in their order. */
  take(tender: TenderForBidding): Promise<Buffer[]>;
}

type Settled = { ok: Buffer[] } | { error: unknown };

/**
 * Seals for the intake's groups, with the tender's data key (format 2 of the seal). A
 * tender's key is set once, when it is published, and unwrapped once here: a group that
 * has locked a tender tells the next one its key, so the next group's seals
 * start on the sealing thread before its transaction does, and are made while it begins,
 * locks the tender and reads the clock. A group's sequence of round trips, not its CPU,
 * bounds the intake (BENCHMARKS.md): sealing after the lock added a sixth of a group's
 * time. Early seals are used only if made with the key the locked tender has; the first
 * group of a tender seals after its lock.
 */
@Injectable()
export class IntakeSeals {
  /** By tender: its wrapped key as read, and the key unwrapped. */
  private readonly keys = new Map<string, { wrapped: Buffer; dataKey: Buffer }>();

  constructor(
    @Inject(appConfig.KEY) private readonly config: AppConfig,
    private readonly sealing: SealingWorker,
  ) {}

  begin(tenderId: string, contents: ContentToSeal[]): GroupSeals {
    const known = this.keys.get(tenderId);
    // Settled at once: a group refused before it takes its seals leaves no rejection unheard.
    const early: Promise<Settled> | undefined = known
      ? this.sealing.seal(known.dataKey, contents).then(
          (ok) => ({ ok }),
          (error: unknown) => ({ error }),
        )
      : undefined;
    return {
      take: async (tender) => {
        const key = this.remember(tenderId, tender.sealKeyWrapped as Buffer);
        if (!early || known !== key) return this.sealing.seal(key.dataKey, contents);
        const sealed = await early;
        if ('error' in sealed) throw sealed.error;
        return sealed.ok;
      },
    };
  }

  private remember(tenderId: string, wrapped: Buffer): { wrapped: Buffer; dataKey: Buffer } {
    const known = this.keys.get(tenderId);
    if (known?.wrapped.equals(wrapped)) return known;
    this.keys.delete(tenderId);
    if (this.keys.size >= TENDER_KEYS_KEPT)
      this.keys.delete(this.keys.keys().next().value as string);
    const key = { wrapped, dataKey: tenderDataKey(this.config.sealingKey, tenderId, wrapped) };
    this.keys.set(tenderId, key);
    return key;
  }
}
