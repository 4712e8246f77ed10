import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { chainHash, GENESIS_HASH } from '../domain/audit-hash';
import {
  listLinks,
  type LinkRow,
  readWholeChainInOneSnapshot,
} from '../infrastructure/audit-event-store';
import { toChainedEvent } from '../infrastructure/audit-event-row';
import { AuditChainSealer } from './audit-chain-sealer';

export interface ChainVerification {
  valid: boolean;
  count: number;
  headHash: string;
  firstBrokenSeq: number | null;
}

/** Links per page: memory stays bounded by a page, whatever the length of the chain. */
const PAGE = 2000;

/**
 * Re-hashes the whole chain from the genesis hash, trusting nothing stored but the events:
 * a changed event, a changed or removed link, or a gap in seq breaks it at that seq.
 * One snapshot for the whole walk, and the next page is asked for before this one is
 * hashed, so PostgreSQL reads it on the other core meanwhile.
 */
@Injectable()
export class VerifyAuditChainQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sealer: AuditChainSealer,
  ) {}

  async execute(): Promise<ChainVerification> {
    await this.sealer.seal();
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      await readWholeChainInOneSnapshot(m);
      return verify(m);
    });
  }
}

async function verify(m: EntityManager): Promise<ChainVerification> {
  let expectedSeq = 1;
  let hash = GENESIS_HASH;
  let page: Promise<LinkRow[]> | null = listLinks(m, expectedSeq, PAGE);
  try {
    while (page) {
      const rows: LinkRow[] = await page;
      page = rows.length === PAGE ? listLinks(m, Number(rows[PAGE - 1].seq) + 1, PAGE) : null;
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
    }
    return { valid: true, count: expectedSeq - 1, headHash: hash, firstBrokenSeq: null };
  } finally {
    // A page asked for ahead of a break is still read before the transaction ends.
    await page?.catch(() => undefined);
  }
}
