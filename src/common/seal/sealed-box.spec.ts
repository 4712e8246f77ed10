import { randomBytes } from 'node:crypto';
import {
  createTenderSealKeys,
  openWithDataKey,
  seal,
  sealWithDataKey,
  tenderDataKey,
} from './sealed-box';

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

  // A tender of an earlier release: its master key and its wrapped data key.
  const masterKey = Buffer.alloc(32, 7);
  const tender = '6f1c1b9e-2d7a-4c61-9a51-0d3c2b1e4f50';
  const wrapped = Buffer.from(
    '/ajAzl6JBP32OWcCvlp0c6z4q5tseU8ykZZZCa7ZRFM1TsZmwHNxSfTpqQnAC/4p9Czs7jeZDHrx5BBYMkZUPXPWcFC9Ub0iNwzMKw==',
    'base64',
  );

  it('opens a box sealed by an earlier release (its format and key derivation are kept)', () => {
    // Sealed on 2026-12-02 with hkdfSync, before the key derivation became two HMACs.
    const box = Buffer.from(
      'ATAqMAUGAytlbgMhABUOJG1wiE/B4FJCslZbS6X1xxF8cTorzM6gYi2wG5MAyHWy9rVSZ2ABuC7TOEBi8E1TDTUODWh+U4QzMnEjM3f36UBVYg7PKwpnvs8=',
      'base64',
    );
    const [opened] = openWithDataKey(tenderDataKey(masterKey, tender, wrapped), [
      { box, boundTo: '0b8e2f57-6c1d-4e8a-b3f2-9a4d7c6e5b10' },
    ]);
    expect(opened.toString()).toBe('{"price":"1.00"}');
  });

  describe('format 2, sealed with the data key', () => {
    const dataKey = tenderDataKey(sealingKey, tenderId, keys.wrappedPrivateKey);

    it('opens what was sealed, among boxes of format 1, each in its place', () => {
      const boxes = [
        { box: sealWithDataKey(dataKey, content, 'bid-1'), boundTo: 'bid-1' },
        { box: seal(keys.publicKey, Buffer.from('{"v":1}'), 'bid-2'), boundTo: 'bid-2' },
        { box: sealWithDataKey(dataKey, Buffer.from('{"v":3}'), 'bid-3'), boundTo: 'bid-3' },
      ];
      expect(boxes[0].box.includes(Buffer.from('1320000'))).toBe(false);
      const opened = openWithDataKey(dataKey, boxes).map(String);
      expect(opened).toEqual([content.toString(), '{"v":1}', '{"v":3}']);
    });

    it('seals the same content differently each time', () => {
      expect(
        sealWithDataKey(dataKey, content, 'bid-1').equals(
          sealWithDataKey(dataKey, content, 'bid-1'),
        ),
      ).toBe(false);
    });

    it('opens a box of this format sealed on 2026-12-02 (its key derivation is kept)', () => {
      const box = Buffer.from(
        'Ain+ZTIbogoEYvvzR25sx5DBGGtXnBhAlht+eK+6wxGTfMiH9uO6nQXkmZuz',
        'base64',
      );
      const [opened] = openWithDataKey(tenderDataKey(masterKey, tender, wrapped), [
        { box, boundTo: '0b8e2f57-6c1d-4e8a-b3f2-9a4d7c6e5b10' },
      ]);
      expect(opened.toString()).toBe('{"price":"2.00"}');
    });

    it("refuses another tender's key, a swapped bid id, a flipped byte or an unknown format", () => {
      const box = sealWithDataKey(dataKey, content, 'bid-1');
      const other = createTenderSealKeys(sealingKey, tenderId);
      const otherKey = tenderDataKey(sealingKey, tenderId, other.wrappedPrivateKey);
      expect(() => openWithDataKey(otherKey, [{ box, boundTo: 'bid-1' }])).toThrow();
      expect(() => openWithDataKey(dataKey, [{ box, boundTo: 'bid-2' }])).toThrow();
      const flipped = Buffer.from(box);
      flipped[flipped.length - 1] ^= 1;
      expect(() => openWithDataKey(dataKey, [{ box: flipped, boundTo: 'bid-1' }])).toThrow();
      const unknown = Buffer.from(box);
      unknown[0] = 3;
      expect(() => openWithDataKey(dataKey, [{ box: unknown, boundTo: 'bid-1' }])).toThrow(
        'unknown sealed box version',
      );
    });
  });
});
