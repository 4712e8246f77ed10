import { parentPort, workerData } from 'node:worker_threads';
import { seal } from '../../../common/seal/sealed-box';
import { Ed25519Signer } from '../../../common/signing/ed25519-signer';
import { receiptMessage } from './receipt';
import type { SealingAnswer, SealingRequest } from './sealing-worker';

/**
 * The sealing thread (see sealing-worker.ts): seals each filing of a group to the tender's
 * key and signs its receipt, off the thread that serves HTTP.
 */
const signer = new Ed25519Signer(
  (workerData as { receiptSigningKeyPem: string }).receiptSigningKeyPem,
);
const port = parentPort as NonNullable<typeof parentPort>;

port.on('message', (request: SealingRequest) => {
  let answer: SealingAnswer;
  try {
    // A Buffer arrives as a plain Uint8Array: the same bytes, without Buffer's methods.
    const tenderKey = Buffer.from(request.tenderPublicKey);
    answer = {
      id: request.id,
      sealed: request.filings.map((f) => ({
        sealedContent: seal(tenderKey, Buffer.from(f.plaintext), f.bidId),
        signature: signer.sign(receiptMessage(f.sha256, f.bidId, f.version, request.submittedAt)),
      })),
    };
  } catch (error) {
    answer = { id: request.id, error: String(error) };
  }
  port.postMessage(answer);
});
