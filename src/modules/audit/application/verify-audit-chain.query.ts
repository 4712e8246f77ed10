import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { chainHash, GENESIS_HASH } from '../domain/audit-hash';
import { listLinks } from '../infrastructure/audit-event-store';
import { toChainedEvent } from '../infrastructure/audit-event-row';
import { AuditChainSealer } from './audit-chain-sealer';

export interface ChainVerification {
  valid: boolean;
  count: number;
  headHash: string;
  firstBrokenSeq: number | null;
}

const PAGE = 20000;

/**
 * Re-hashes the whole chain from the genesis hash, trusting nothing stored but the events:
 * a changed event, a changed or removed link, or a gap in seq breaks it at that seq.
 */
@Injectable()
export class VerifyAuditChainQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sealer: AuditChainSealer,
  ) {}

  async execute(): Promise<ChainVerification> {
    await this.sealer.seal();
    let expectedSeq = 1;
    let hash = GENESIS_HASH;
    for (;;) {
      const rows = await listLinks(this.dataSource.manager, expectedSeq, PAGE);
      for (const row of rows) {
        const seq = Number(row.seq);
        const intact =
          seq === expectedSeq &&
          row.prev_hash === hash &&
          row.id !== null &&
          chainHash(hash, toChainedEvent(seq, row)) === row.hash;
        if (!intact) {
          return {
            valid: false,
            count: expectedSeq - 1,
            headHash: hash,
            firstBrokenSeq: expectedSeq,
          };
        }
        hash = row.hash;
        expectedSeq += 1;
      }
      if (rows.length < PAGE) break;
    }
    return { valid: true, count: expectedSeq - 1, headHash: hash, firstBrokenSeq: null };
  }
}
