import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appConfig, type AppConfig } from '../../../config/app-config';
import {
  checkLinks,
  firstMissingSeq,
  inOneSnapshot,
  lastSeq,
  type LinkRangeCheck,
  linkHash,
} from '../infrastructure/audit-chain-verification';
import { AuditChainSealer } from './audit-chain-sealer';

export interface ChainVerification {
  valid: boolean;
  count: number;
  headHash: string;
  firstBrokenSeq: number | null;
}

/**
 * Connections checking ranges at once: PostgreSQL hashes on one core per backend, and the
 * machine measured (BENCHMARKS.md) has two.
 */
const LANES = 2;

/**
 * Re-hashes the whole chain from the genesis hash, trusting nothing stored but the events:
 * a changed event, a changed or removed link, or a gap in seq breaks it at that seq.
 * PostgreSQL recomputes every link's hash from its event's columns (sha256 over the
 * canonical form in SQL): sending a million events to Node to parse and re-serialize was
 * 14 s, most of it row parsing and garbage. The chain is checked in ranges of
 * AUDIT_VERIFY_RANGE links, on LANES connections that share one snapshot; the answer is
 * the first problem in seq order, as a walk from genesis would find it. Memory is one
 * range's aggregate per lane, whatever the length of the chain.
 */
@Injectable()
export class VerifyAuditChainQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sealer: AuditChainSealer,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  async execute(): Promise<ChainVerification> {
    await this.sealer.seal();
    return inOneSnapshot(this.dataSource, LANES, (lanes) => this.verify(lanes));
  }

  private async verify(lanes: EntityManager[]): Promise<ChainVerification> {
    const [first] = lanes;
    const last = await lastSeq(first);
    const size = this.config.auditVerifyRange;
    const ranges = Array.from({ length: Math.ceil(last / size) }, (_, i) => ({
      from: i * size + 1,
      to: Math.min(last, (i + 1) * size),
    }));
    const checks: LinkRangeCheck[] = [];
    let next = 0;
    let failed = false;
    // Settled, not Promise.all: a failing lane stops the others taking ranges, and every
    // lane's statement has ended before the transactions are rolled back and released.
    const lanesDone = await Promise.allSettled(
      lanes.map(async (m) => {
        for (let i = next++; i < ranges.length && !failed; i = next++) {
          try {
            checks[i] = await checkLinks(m, ranges[i].from, ranges[i].to);
          } catch (error) {
            failed = true;
            throw error;
          }
        }
      }),
    );
    for (const lane of lanesDone) if (lane.status === 'rejected') throw lane.reason;
    for (const [i, { from, to }] of ranges.entries()) {
      const { firstBroken, links } = checks[i];
      const missing = links < to - from + 1 ? await firstMissingSeq(first, from, to) : null;
      const broken = Math.min(firstBroken ?? Infinity, missing ?? Infinity);
      if (broken !== Infinity) {
        return {
          valid: false,
          count: broken - 1,
          headHash: await linkHash(first, broken - 1),
          firstBrokenSeq: broken,
        };
      }
    }
    return {
      valid: true,
      count: last,
      headHash: await linkHash(first, last),
      firstBrokenSeq: null,
    };
  }
}
