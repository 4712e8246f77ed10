import { Injectable } from '@nestjs/common';
import type { TenderForBidding } from '../../tenders';
import { SealingWorker, type ContentToSeal } from '../infrastructure/sealing-worker';

/** Tenders whose keys are remembered at most. */
const TENDER_KEYS_KEPT = 256;

/** A group's seals, perhaps already under way (see IntakeSeals.begin). */
export interface GroupSeals {
  /** The group's contents sealed with the locked tender's key, in their order. */
  take(tender: TenderForBidding): Promise<Buffer[]>;
}

type Settled = { ok: Buffer[] } | { error: unknown };

/**
 * Seals for the intake's groups. A tender's sealing key is set once, when it is published,
 * so a group that has locked a tender tells the next one its key: the next group's seals
 * start on the sealing thread before its transaction does, and are made while it begins,
 * locks the tender and reads the clock. A group's sequence of round trips, not its CPU,
 * bounds the intake (BENCHMARKS.md): sealing after the lock added a sixth of a group's
 * time. Early seals are used only if made with the key the locked tender has; the first
 * group of a tender seals after its lock.
 */
@Injectable()
export class IntakeSeals {
  private readonly keys = new Map<string, Buffer>();

  constructor(private readonly sealing: SealingWorker) {}

  begin(tenderId: string, contents: ContentToSeal[]): GroupSeals {
    const known = this.keys.get(tenderId);
    // Settled at once: a group refused before it takes its seals leaves no rejection unheard.
    const early: Promise<Settled> | undefined = known
      ? this.sealing.seal(known, contents).then(
          (ok) => ({ ok }),
          (error: unknown) => ({ error }),
        )
      : undefined;
    return {
      take: async (tender) => {
        const key = tender.sealPublicKey as Buffer;
        this.remember(tenderId, key);
        if (!early || !known?.equals(key)) return this.sealing.seal(key, contents);
        const sealed = await early;
        if ('error' in sealed) throw sealed.error;
        return sealed.ok;
      },
    };
  }

  private remember(tenderId: string, key: Buffer): void {
    if (this.keys.get(tenderId)?.equals(key)) return;
    this.keys.delete(tenderId);
    if (this.keys.size >= TENDER_KEYS_KEPT)
      this.keys.delete(this.keys.keys().next().value as string);
    this.keys.set(tenderId, key);
  }
}
