import { randomBytes } from 'node:crypto';
import { aesOpen, aesSeal } from './aes-gcm';

describe('AES-256-GCM seals', () => {
  it('never repeat a nonce, across refills of the pool they are cut from, and open', () => {
    const key = randomBytes(32);
    const boxes = Array.from({ length: 1000 }, (_, i) => aesSeal(key, Buffer.from(`m${i}`), 'aad'));
    const nonces = new Set(boxes.map((b) => b.subarray(0, 12).toString('hex')));
    expect(nonces.size).toBe(boxes.length);
    expect(boxes.map((b) => aesOpen(key, b, 'aad').toString())).toEqual(
      boxes.map((_, i) => `m${i}`),
    );
  });
});
