import { EntityManager } from 'typeorm';
import { appendAuditEvent, appendAuditEvents } from './append-audit-event';

/** A transaction's manager whose connection records each statement's values. */
function recordingManager() {
  const calls: unknown[][] = [];
  const connection = {
    query: (config: { values: unknown[] }) => {
      calls.push(config.values);
      return Promise.resolve({ rows: [] });
    },
  };
  const manager = Object.assign(Object.create(EntityManager.prototype) as EntityManager, {
    queryRunner: { isReleased: false, connect: () => Promise.resolve(connection) },
  });
  return { manager, calls };
}

const at = new Date('2026-12-01T09:00:00Z');
const tenderId = '1b8f3c1e-9e2e-4f0e-8c55-0c1f9b7d6a22';

describe('appending audit events', () => {
  it('stores a batch of mixed actions in order, each with its own entity type and data', async () => {
    const { manager, calls } = recordingManager();
    await appendAuditEvents(manager, [
      {
        at,
        actor: null,
        action: 'tender.bids_opened',
        entityType: 'tender',
        entityId: tenderId,
        data: { bidsCount: 1, admitted: 1, dueAt: at.toISOString() },
      },
      {
        at,
        actor: { id: 'a1', role: 'officer' },
        action: 'bid.admitted',
        entityType: 'bid',
        entityId: 'b1',
        data: { tenderId, reasons: [] },
      },
    ]);
    const [params] = calls;
    expect(params.slice(1)).toEqual([
      [null, 'a1'],
      [null, 'officer'],
      ['tender.bids_opened', 'bid.admitted'],
      ['tender', 'bid'],
      [tenderId, 'b1'],
      [
        JSON.stringify({ bidsCount: 1, admitted: 1, dueAt: at.toISOString() }),
        JSON.stringify({ tenderId, reasons: [] }),
      ],
    ]);
  });

  it('makes no round trip for an empty batch', async () => {
    const { manager, calls } = recordingManager();
    await appendAuditEvents(manager, []);
    expect(calls).toHaveLength(0);
  });
});

/** Never run: `tsc --noEmit` (and ts-jest) fail if the compiler starts accepting these. */
export function rejectedByTheCompiler(m: EntityManager) {
  const base = { at, actor: null, entityId: tenderId };
  // @ts-expect-error an unregistered action
  void appendAuditEvent(m, { ...base, action: 'tender.renamed', entityType: 'tender', data: {} });
  void appendAuditEvent(m, {
    ...base,
    action: 'tender.created',
    // @ts-expect-error the registry records tender.created on a tender, not a bid
    entityType: 'bid',
    data: { title: 'x' },
  });
  void appendAuditEvent(m, {
    ...base,
    action: 'tender.created',
    entityType: 'tender',
    // @ts-expect-error a payload field the action does not have
    data: { name: 'x' },
  });
  void appendAuditEvents(m, [
    { ...base, action: 'tender.created', entityType: 'tender', data: { title: 'x' } },
    // @ts-expect-error in a mixed batch each entry is checked against its own action
    { ...base, action: 'bid.withdrawn', entityType: 'bid', data: { title: 'x' } },
  ]);
}
