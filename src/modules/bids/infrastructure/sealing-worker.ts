import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A bid version's content to seal, bound to its bid. */
export interface ContentToSeal {
  bidId: string;
  /** The content as JSON: what the box holds. */
  plaintext: string;
}

export interface SealingRequest {
  id: number;
  tenderPublicKey: Buffer;
  contents: ContentToSeal[];
}

export type SealingAnswer = { id: number; sealed: Uint8Array[] } | { id: number; error: string };

interface Pending {
  resolve: (sealed: Buffer[]) => void;
  reject: (error: Error) => void;
}

/**
 * The intake's seals, made on one worker thread: two X25519 agreements, HKDF and AES-GCM
 * per bid are a sixth of a bid's CPU, and off the request thread they run while the group's
 * transaction waits on PostgreSQL. A group's contents are one message each way. A thread
 * that fails or exits fails what it holds (those groups are re-run as any failed group is)
 * and the next call starts a new one.
 */
@Injectable()
export class SealingWorker implements OnModuleDestroy {
  private worker?: Worker;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  seal(tenderPublicKey: Buffer, contents: ContentToSeal[]): Promise<Buffer[]> {
    if (contents.length === 0) return Promise.resolve([]);
    const id = this.nextId++;
    return new Promise<Buffer[]>((resolve, reject) => {
      const request: SealingRequest = { id, tenderPublicKey, contents };
      // Posted first: a message that cannot be sent leaves nothing pending.
      this.thread().postMessage(request);
      this.pending.set(id, { resolve, reject });
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker?.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    // Compiled beside this file (dist/); the thread loads only the seal.
    const worker = new Worker(join(__dirname, 'sealing-thread.js'));
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
    if ('error' in answer) p.reject(new Error(`sealing failed: ${answer.error}`));
    else p.resolve(answer.sealed.map((s) => Buffer.from(s.buffer, s.byteOffset, s.byteLength)));
  }
}
