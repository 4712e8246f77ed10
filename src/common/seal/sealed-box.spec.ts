import { randomBytes } from 'node:crypto';
import { createTenderSealKeys, openWithDataKey, seal, tenderDataKey } from './sealed-box';

describe('sealed box', () => {
  const sealingKey = randomBytes(32);
  const tenderId = 'c0a80101-0000-4000-8000-000000000001';
  const keys = createTenderSealKeys(sealingKey, tenderId);
  const content = Buffer.from(
    JSON.stringify({ unitPriceRub: '1320000.00', technicalProposal: 'LFP cells' }),
  );

  it('opens what was sealed to the tender, with the master key', () => {
    const box = seal(keys.publicKey, content, 'bid-1');
    expect(box.includes(Buffer.from('1320000'))).toBe(false);
    const [opened] = openWithDataKey(tenderDataKey(sealingKey, tenderId, keys.wrappedPrivateKey), [
      { box, boundTo: 'bid-1' },
    ]);
    expect(opened.equals(content)).toBe(true);
  });

  it('seals the same content differently each time', () => {
    expect(
      seal(keys.publicKey, content, 'bid-1').equals(seal(keys.publicKey, content, 'bid-1')),
    ).toBe(false);
  });

  it('refuses another master key, another tender, a swapped bid id or a flipped byte', () => {
    const box = seal(keys.publicKey, content, 'bid-1');
    const open = (key: Buffer, id: string, b: Buffer, boundTo: string) =>
      openWithDataKey(tenderDataKey(key, id, keys.wrappedPrivateKey), [{ box: b, boundTo }]);
    expect(() => open(randomBytes(32), tenderId, box, 'bid-1')).toThrow();
    expect(() => open(sealingKey, 'another-tender', box, 'bid-1')).toThrow();
    expect(() => open(sealingKey, tenderId, box, 'bid-2')).toThrow();
    const flipped = Buffer.from(box);
    flipped[flipped.length - 1] ^= 1;
    expect(() => open(sealingKey, tenderId, flipped, 'bid-1')).toThrow();
  });

  it('refuses a box whose ephemeral key is not X25519 or was changed', () => {
    const box = seal(keys.publicKey, content, 'bid-1');
    // Byte 2 lies in the key's DER header, byte 44 in its last key byte.
    for (const at of [2, 44]) {
      const changed = Buffer.from(box);
      changed[at] ^= 1;
      expect(() =>
        openWithDataKey(tenderDataKey(sealingKey, tenderId, keys.wrappedPrivateKey), [
          { box: changed, boundTo: 'bid-1' },
        ]),
      ).toThrow();
    }
  });

  it('opens a box sealed by an earlier release (its format and key derivation are kept)', () => {
    // Sealed on 2026-12-02 with hkdfSync, before the key derivation became two HMACs.
    const masterKey = Buffer.alloc(32, 7);
    const tender = '6f1c1b9e-2d7a-4c61-9a51-0d3c2b1e4f50';
    const wrapped = Buffer.from(
      '/ajAzl6JBP32OWcCvlp0c6z4q5tseU8ykZZZCa7ZRFM1TsZmwHNxSfTpqQnAC/4p9Czs7jeZDHrx5BBYMkZUPXPWcFC9Ub0iNwzMKw==',
      'base64',
    );
    const box = Buffer.from(
      'ATAqMAUGAytlbgMhABUOJG1wiE/B4FJCslZbS6X1xxF8cTorzM6gYi2wG5MAyHWy9rVSZ2ABuC7TOEBi8E1TDTUODWh+U4QzMnEjM3f36UBVYg7PKwpnvs8=',
      'base64',
    );
    const [opened] = openWithDataKey(tenderDataKey(masterKey, tender, wrapped), [
      { box, boundTo: '0b8e2f57-6c1d-4e8a-b3f2-9a4d7c6e5b10' },
    ]);
    expect(opened.toString()).toBe('{"price":"1.00"}');
  });
});
