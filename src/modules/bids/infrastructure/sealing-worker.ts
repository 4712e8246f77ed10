import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { appConfig, type AppConfig } from '../../../config/app-config';
import type { Receipt } from './receipt';

/** One filing of a group to seal: its content as filed and what its receipt names. */
export interface FilingToSeal {
  bidId: string;
  version: number;
  /** The content as JSON: what the box holds. */
  plaintext: string;
  sha256: string;
}

export interface SealedFiling {
  sealedContent: Buffer;
  receipt: Receipt;
}

export interface SealingRequest {
  id: number;
  tenderPublicKey: Buffer;
  submittedAt: string;
  filings: FilingToSeal[];
}

export type SealingAnswer =
  | { id: number; sealed: { sealedContent: Uint8Array; signature: string }[] }
  | { id: number; error: string };

interface Pending {
  resolve: (sealed: SealedFiling[]) => void;
  reject: (error: Error) => void;
  sha256s: string[];
  submittedAt: string;
}

/**
 * The intake's seal and signed receipts, computed on one worker thread: they are a fifth of
 * a bid's CPU (two X25519 agreements, HKDF, AES-GCM, an Ed25519 signature), and on the
 * request thread they would cap the intake at what one core can do. A group of filings is
 * one message each way. A thread that fails or exits fails the groups it holds (they are
 * re-run as any failed group is) and the next group starts a new one.
 */
@Injectable()
export class SealingWorker implements OnModuleDestroy {
  private worker?: Worker;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(@Inject(appConfig.KEY) private readonly config: AppConfig) {}

  sealAndSign(
    tenderPublicKey: Buffer,
    submittedAt: Date,
    filings: FilingToSeal[],
  ): Promise<SealedFiling[]> {
    if (filings.length === 0) return Promise.resolve([]);
    const id = this.nextId++;
    const at = submittedAt.toISOString();
    return new Promise<SealedFiling[]>((resolve, reject) => {
      const request: SealingRequest = { id, tenderPublicKey, submittedAt: at, filings };
      // Posted first: a message that cannot be sent leaves nothing pending.
      this.thread().postMessage(request);
      const sha256s = filings.map((f) => f.sha256);
      this.pending.set(id, { resolve, reject, sha256s, submittedAt: at });
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker?.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    // Compiled beside this file (dist/); the thread loads only the seal and the signer.
    const worker = new Worker(join(__dirname, 'sealing-thread.js'), {
      workerData: { receiptSigningKeyPem: this.config.receiptSigningKeyPem },
    });
    worker.unref();
    worker.on('message', (answer: SealingAnswer) => this.settle(answer));
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const [id, p] of this.pending) {
        this.pending.delete(id);
        p.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the sealing thread exited with ${code}`)));
    this.worker = worker;
    return worker;
  }

  private settle(answer: SealingAnswer): void {
    const p = this.pending.get(answer.id);
    if (!p) return;
    this.pending.delete(answer.id);
    if ('error' in answer) {
      p.reject(new Error(`sealing failed: ${answer.error}`));
      return;
    }
    p.resolve(
      answer.sealed.map((s, i) => ({
        sealedContent: Buffer.from(
          s.sealedContent.buffer,
          s.sealedContent.byteOffset,
          s.sealedContent.byteLength,
        ),
        receipt: { sha256: p.sha256s[i], submittedAt: p.submittedAt, signature: s.signature },
      })),
    );
  }
}
