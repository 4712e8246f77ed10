import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A bid version's content to seal, bound to its bid. */
export interface ContentToSeal {
  bidId: string;
  /** The content as JSON: what the box holds. */
  plaintext: string;
}

/** A sealed box to open, bound to its bid, with the index of its tender's data key. */
export interface BoxToOpen {
  box: Buffer;
  boundTo: string;
  key: number;
}

export type SealingRequest =
  | { id: number; kind: 'seal'; dataKey: Buffer; contents: ContentToSeal[] }
  | { id: number; kind: 'open'; dataKeys: Buffer[]; boxes: BoxToOpen[] };

export type SealingAnswer =
  | { id: number; sealed: Uint8Array[] }
  | { id: number; opened: string[] }
  | { id: number; error: string };

interface Pending {
  resolve: (answer: SealingAnswer) => void;
  reject: (error: Error) => void;
}

/**
 * The seal's work, on one worker thread: the intake's seals run while the group's
 * transaction waits on PostgreSQL, and a 10,000-bid opening decrypts here while the request
 * thread admits and writes the batch before (HKDF and AES-GCM per bid, and an X25519
 * agreement per box of the seal's first format, 70 µs, for documents and bids sealed
 * before issue #19). One message each way per group or batch. A thread that fails
 * or exits fails what it holds (a group is re-run as any failed group is, an opening
 * rolls back and is retried) and the next call starts a new one.
 */
@Injectable()
export class SealingWorker implements OnModuleDestroy {
  /** The thread's script, compiled beside this file (dist/); the thread loads only the seal. */
  protected readonly script: string = join(__dirname, 'sealing-thread.js');
  private worker?: Worker;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  /** The contents sealed with their tender's data key (tenderDataKey), in order. */
  async seal(dataKey: Buffer, contents: ContentToSeal[]): Promise<Buffer[]> {
    if (contents.length === 0) return [];
    const answer = await this.ask((id) => ({ id, kind: 'seal', dataKey, contents }));
    // The thread answers a request of each kind in kind.
    const { sealed } = answer as { sealed: Uint8Array[] };
    return sealed.map((s) => Buffer.from(s.buffer, s.byteOffset, s.byteLength));
  }

  /**
   * Each box opened with its tender's data key (tenderDataKey; `key` indexes `dataKeys`),
   * as UTF-8 text, in order. Boxes of one tender should be consecutive: each run of them
   * parses its key once.
   */
  async open(dataKeys: Buffer[], boxes: BoxToOpen[]): Promise<string[]> {
    if (boxes.length === 0) return [];
    const answer = await this.ask((id) => ({ id, kind: 'open', dataKeys, boxes }));
    return (answer as { opened: string[] }).opened;
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker?.terminate();
  }

  private ask(request: (id: number) => SealingRequest): Promise<SealingAnswer> {
    const id = this.nextId++;
    return new Promise<SealingAnswer>((resolve, reject) => {
      // Posted first: a message that cannot be sent leaves nothing pending.
      this.thread().postMessage(request(id));
      this.pending.set(id, { resolve, reject });
    });
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
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
    if ('error' in answer) p.reject(new Error(`the sealing thread failed: ${answer.error}`));
    else p.resolve(answer);
  }
}
