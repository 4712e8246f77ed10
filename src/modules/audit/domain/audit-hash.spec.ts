import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../common/canonical-json/canonical-json';
import { canonicalEvent, chainHash, ChainedEvent, GENESIS_HASH } from './audit-hash';

const event: ChainedEvent = {
  seq: 1,
  at: '2026-12-01T09:00:00.000Z',
  actor: { id: '7a1f0e4e-2a7a-4c57-9d4b-2b0f5d3b9e11', role: 'admin' },
  action: 'user.created',
  entityType: 'user',
  entityId: '1b8f3c1e-9e2e-4f0e-8c55-0c1f9b7d6a22',
  data: { role: 'officer', email: 'o@example.org' },
};

describe('audit chain hash', () => {
  it('is SHA-256 over the previous hash followed by the canonical event', () => {
    const canonical =
      '{"action":"user.created","actor":{"id":"7a1f0e4e-2a7a-4c57-9d4b-2b0f5d3b9e11","role":"admin"},' +
      '"at":"2026-12-01T09:00:00.000Z","data":{"email":"o@example.org","role":"officer"},' +
      '"entityId":"1b8f3c1e-9e2e-4f0e-8c55-0c1f9b7d6a22","entityType":"user","seq":1}';
    const expected = createHash('sha256')
      .update(GENESIS_HASH + canonical)
      .digest('hex');
    expect(chainHash(GENESIS_HASH, event)).toBe(expected);
  });

  it('changes when any field or the previous hash changes', () => {
    const base = chainHash(GENESIS_HASH, event);
    expect(chainHash('1'.repeat(64), event)).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...event, seq: 2 })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...event, data: { role: 'admin' } })).not.toBe(base);
  });

  it('writes an event exactly as the general canonical JSON does', () => {
    const events: ChainedEvent[] = [
      event,
      { ...event, actor: null, data: {} },
      { ...event, seq: 1234567, data: { z: [1, 2.5, 'ü'], a: { y: null, b: true }, é: 1e21 } },
      { ...event, action: 'a"b\\c\n', entityId: '\u2028\u0001', data: [{ b: 1, a: 2 }] },
      { ...event, actor: { role: 'auditor', id: 'x' }, data: 'text' },
    ];
    for (const e of events) expect(canonicalEvent(e)).toBe(canonicalJson(e));
  });
});
