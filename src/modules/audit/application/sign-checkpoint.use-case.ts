import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Ed25519Signer } from '../../../common/signing/ed25519-signer';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { checkpointMessage } from '../domain/checkpoint-message';
import { readChainHead } from '../infrastructure/audit-chain-store';
import { insertCheckpoint } from '../infrastructure/audit-checkpoint-store';
import { AuditChainSealer } from './audit-chain-sealer';

export interface CheckpointView {
  seq: number;
  headHash: string;
  at: string;
  signature: string;
}

/**
 * Signs the chain head (DOMAIN.md §9), run by the worker every AUDIT_CHECKPOINT_INTERVAL_MS.
 * Safe to run twice: one checkpoint per seq, so a head that has not moved since the last
 * run, or a duplicate job, signs nothing new (null).
 */
@Injectable()
export class SignCheckpointUseCase {
  private readonly signer: Ed25519Signer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sealer: AuditChainSealer,
    @Inject(appConfig.KEY) config: AppConfig,
  ) {
    this.signer = new Ed25519Signer(config.receiptSigningKeyPem);
  }

  async execute(): Promise<CheckpointView | null> {
    await this.sealer.seal();
    // One row, written with the link it names: seq and hash always belong together.
    const m = this.dataSource.manager;
    const head = await readChainHead(m);
    const { seq } = head;
    if (seq === 0) return null;
    // Real time on purpose, not the injected Clock: DOMAIN.md §9 says the sandbox clock
    // does not drive checkpoints, and a checkpoint's worth is when it was really signed.
    const at = new Date();
    const signature = this.signer.sign(checkpointMessage({ seq, headHash: head.hash, at }));
    const inserted = await insertCheckpoint(m, { seq, headHash: head.hash, at, signature });
    if (!inserted) return null;
    return { seq, headHash: head.hash, at: at.toISOString(), signature };
  }
}
