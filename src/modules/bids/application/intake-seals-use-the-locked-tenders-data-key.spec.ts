import { randomBytes } from 'node:crypto';
import {
  createTenderSealKeys,
  openWithDataKey,
  tenderDataKey,
} from '../../../common/seal/sealed-box';
import type { AppConfig } from '../../../config/app-config';
import type { TenderForBidding } from '../../tenders';
import { IntakeSeals } from './intake-seals';

/**
 * The intake seals each content with the data key of the tender as locked: a key
 * remembered from an earlier group is used only while the tender's row holds the same
 * wrapped bytes (issue #19).
 */
describe('intake seals', () => {
  const sealingKey = randomBytes(32);
  const seals = new IntakeSeals({ sealingKey } as AppConfig);
  const contents = [
    { bidId: 'b1', plaintext: '{"a":1}' },
    { bidId: 'b2', plaintext: '{"a":2}' },
  ];
  const tender = (wrapped: Buffer) => ({ id: 't1', sealKeyWrapped: wrapped }) as TenderForBidding;
  const opened = (wrapped: Buffer, boxes: Buffer[]) =>
    openWithDataKey(
      tenderDataKey(sealingKey, 't1', wrapped),
      boxes.map((box, i) => ({ box, boundTo: contents[i].bidId })),
    ).map(String);

  it("seals each content, bound to its bid, with the tender's data key", () => {
    const { wrappedPrivateKey } = createTenderSealKeys(sealingKey, 't1');
    const boxes = seals.seal(tender(wrappedPrivateKey), contents);
    expect(opened(wrappedPrivateKey, boxes)).toEqual(['{"a":1}', '{"a":2}']);
    expect(() =>
      openWithDataKey(tenderDataKey(sealingKey, 't1', wrappedPrivateKey), [
        { box: boxes[0], boundTo: 'b2' },
      ]),
    ).toThrow();
  });

  it('seals with the key the locked row holds, not one remembered for the tender', () => {
    const first = createTenderSealKeys(sealingKey, 't1').wrappedPrivateKey;
    const second = createTenderSealKeys(sealingKey, 't1').wrappedPrivateKey;
    seals.seal(tender(first), contents);
    const boxes = seals.seal(tender(second), contents);
    expect(opened(second, boxes)).toEqual(['{"a":1}', '{"a":2}']);
    expect(() => opened(first, boxes)).toThrow();
    expect(opened(first, seals.seal(tender(first), contents))).toEqual(['{"a":1}', '{"a":2}']);
  });
});
