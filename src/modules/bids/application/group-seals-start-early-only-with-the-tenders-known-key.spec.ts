import { randomBytes } from 'node:crypto';
import { createTenderSealKeys, tenderDataKey } from '../../../common/seal/sealed-box';
import type { AppConfig } from '../../../config/app-config';
import type { TenderForBidding } from '../../tenders';
import type { ContentToSeal, SealingWorker } from '../infrastructure/sealing-worker';
import { IntakeSeals } from './intake-seals';

/**
 * A group's seals start before its transaction only with a key an earlier group read from
 * the tender, and are used only if the locked tender has that key (issue #19).
 */
describe('intake seals', () => {
  const contents: ContentToSeal[] = [
    { bidId: 'b1', plaintext: '{"a":1}' },
    { bidId: 'b2', plaintext: '{"a":2}' },
  ];
  const sealingKey = randomBytes(32);
  // Two keys tender t1 might have (as wrapped in its row), and the names of their data keys.
  const keyA = createTenderSealKeys(sealingKey, 't1').wrappedPrivateKey;
  const keyB = createTenderSealKeys(sealingKey, 't1').wrappedPrivateKey;
  const names = new Map([
    [tenderDataKey(sealingKey, 't1', keyA).toString('hex'), 'key A'],
    [tenderDataKey(sealingKey, 't1', keyB).toString('hex'), 'key B'],
  ]);
  const tender = (key: Buffer) => ({ id: 't1', sealKeyWrapped: key }) as TenderForBidding;

  /** A sealing thread that records each call; a box names the key and bid it was made for. */
  function recordingWorker(fail = false) {
    const calls: string[] = [];
    const worker = {
      seal: (dataKey: Buffer, boxes: ContentToSeal[]) => {
        const key = names.get(dataKey.toString('hex')) ?? 'an unknown key';
        calls.push(key);
        return fail
          ? Promise.reject(new Error('thread gone'))
          : Promise.resolve(boxes.map((b) => Buffer.from(`${key}|${b.bidId}`)));
      },
    };
    const config = { sealingKey } as AppConfig;
    return { calls, seals: new IntakeSeals(config, worker as unknown as SealingWorker) };
  }

  it('seals the first group of a tender after its lock, with the locked key', async () => {
    const { calls, seals } = recordingWorker();
    const group = seals.begin('t1', contents);
    expect(calls).toEqual([]);
    const boxes = await group.take(tender(keyA));
    expect(boxes.map(String)).toEqual(['key A|b1', 'key A|b2']);
    expect(calls).toEqual(['key A']);
  });

  it('starts the next group’s seals at once with the remembered key, and uses them', async () => {
    const { calls, seals } = recordingWorker();
    await seals.begin('t1', contents).take(tender(keyA));
    const next = seals.begin('t1', contents);
    expect(calls).toEqual(['key A', 'key A']);
    expect((await next.take(tender(keyA))).map(String)).toEqual(['key A|b1', 'key A|b2']);
    expect(calls).toHaveLength(2);
    // Another tender's group knows no key yet.
    seals.begin('t2', contents);
    expect(calls).toHaveLength(2);
  });

  it('seals again with the locked tender’s key when it is not the one remembered', async () => {
    const { calls, seals } = recordingWorker();
    await seals.begin('t1', contents).take(tender(keyA));
    const boxes = await seals.begin('t1', contents).take(tender(keyB));
    expect(boxes.map(String)).toEqual(['key B|b1', 'key B|b2']);
    expect(calls).toEqual(['key A', 'key A', 'key B']);
  });

  it('fails the group that takes seals that failed, and leaves none unheard if never taken', async () => {
    const unheard = jest.fn();
    process.on('unhandledRejection', unheard);
    try {
      const failing = recordingWorker(true);
      // Remember the key without sealing, then start a group whose early seals fail.
      await expect(failing.seals.begin('t1', contents).take(tender(keyA))).rejects.toThrow(
        'thread gone',
      );
      const refused = failing.seals.begin('t1', contents);
      await expect(failing.seals.begin('t1', contents).take(tender(keyA))).rejects.toThrow(
        'thread gone',
      );
      expect(refused).toBeDefined();
      await new Promise((r) => setImmediate(r));
      expect(unheard).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unheard);
    }
  });
});
