import { parentPort } from 'node:worker_threads';
import { seal } from '../../../common/seal/sealed-box';
import type { SealingAnswer, SealingRequest } from './sealing-worker';

/** The sealing thread (see sealing-worker.ts): seals a group's contents to the tender's key. */
const port = parentPort as NonNullable<typeof parentPort>;

port.on('message', (request: SealingRequest) => {
  let answer: SealingAnswer;
  try {
    // A Buffer arrives as a plain Uint8Array: the same bytes, without Buffer's methods.
    const tenderKey = Buffer.from(request.tenderPublicKey);
    answer = {
      id: request.id,
      sealed: request.contents.map((c) => seal(tenderKey, Buffer.from(c.plaintext), c.bidId)),
    };
  } catch (error) {
    answer = { id: request.id, error: String(error) };
  }
  port.postMessage(answer);
});
