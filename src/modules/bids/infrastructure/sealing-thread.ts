import { parentPort } from 'node:worker_threads';
import { openWithDataKey, sealWithDataKey } from '../../../common/seal/sealed-box';
import type { BoxToOpen, SealingAnswer, SealingRequest } from './sealing-worker';

/**
 * The sealing thread (see sealing-worker.ts): seals a group's contents to the tender's
 * key, or opens a batch of boxes with their tenders' data keys.
 */
const port = parentPort as NonNullable<typeof parentPort>;

// A Buffer arrives as a plain Uint8Array: the same bytes, without Buffer's methods.
const bytes = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/** Each box opened with its tender's data key, as UTF-8 text, in order. */
function openBoxes(dataKeys: readonly Uint8Array[], boxes: readonly BoxToOpen[]): string[] {
  const opened: string[] = [];
  // One run of boxes per key (the opening sends them grouped by tender): one key parse each.
  for (let start = 0; start < boxes.length;) {
    let end = start + 1;
    while (end < boxes.length && boxes[end].key === boxes[start].key) end += 1;
    const run = boxes.slice(start, end).map((b) => ({ box: bytes(b.box), boundTo: b.boundTo }));
    for (const plaintext of openWithDataKey(bytes(dataKeys[boxes[start].key]), run)) {
      opened.push(plaintext.toString('utf8'));
    }
    start = end;
  }
  return opened;
}

function answer(request: SealingRequest): SealingAnswer {
  if (request.kind === 'seal') {
    const dataKey = bytes(request.dataKey);
    return {
      id: request.id,
      sealed: request.contents.map((c) =>
        sealWithDataKey(dataKey, Buffer.from(c.plaintext), c.bidId),
      ),
    };
  }
  return { id: request.id, opened: openBoxes(request.dataKeys, request.boxes) };
}

port.on('message', (request: SealingRequest) => {
  let reply: SealingAnswer;
  try {
    reply = answer(request);
  } catch (error) {
    reply = { id: request.id, error: String(error) };
  }
  port.postMessage(reply);
});
