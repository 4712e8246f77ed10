import { verify } from 'node:crypto';
import type { SignedIn } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

interface Checkpoint {
  seq: number;
  headHash: string;
  at: string;
  signature: string;
}

const MINUTE = 60 * 1000;
const DAY = 24 * 3600 * 1000;

/** The bytes a checkpoint signs, rebuilt as a client would (README, Swagger). */
const messageOf = (c: Checkpoint) => Buffer.from(`checkpoint|${c.seq}|${c.headHash}|${c.at}`);

describe('audit checkpoints (DOMAIN.md §9): signed chain heads, in real time', () => {
  let t: TestApp;
  let admin: SignedIn;
  let publicKeyPem: string;

  beforeAll(async () => {
    t = await startTestApp({ AUDIT_CHECKPOINT_INTERVAL_MS: '1000' });
    admin = await t.api.signInAdmin();
    publicKeyPem = (await t.api.get('/receipts/public-key')).body.publicKeyPem;
    // A few events, signed, before any test: the tests that read checkpoints find one.
    for (let i = 0; i < 3; i++) await t.api.createStaff(admin.token, 'auditor');
    await checkpointCovering(await headSeq());
  });
  afterAll(() => t.close());

  /** Every checkpoint, in seq order, read as anyone (no token), page by page. */
  async function allCheckpoints(): Promise<Checkpoint[]> {
    const all: Checkpoint[] = [];
    for (;;) {
      const after = all.at(-1)?.seq ?? 0;
      const res = await t.api.get(`/audit/checkpoints?after=${after}&limit=200`);
      expect(res.status).toBe(200);
      all.push(...(res.body.items as Checkpoint[]));
      if (res.body.items.length < 200) return all;
    }
  }

  /** The chain head right now (/audit/verify seals first). */
  async function headSeq(): Promise<number> {
    return (await t.api.get('/audit/verify', admin.token)).body.count as number;
  }

  /** Polls until the worker has signed a head at or beyond seq (≤ 15 s). */
  async function checkpointCovering(seq: number): Promise<Checkpoint> {
    const deadline = Date.now() + 15000;
    for (;;) {
      const newest = (await allCheckpoints()).at(-1);
      if (newest && newest.seq >= seq) return newest;
      if (Date.now() > deadline) throw new Error(`no checkpoint covers seq ${seq} in 15 s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  const verifies = (message: Buffer, signature: Buffer) =>
    verify(null, message, publicKeyPem, signature);

  it('signs the chain head with the published key, and the head is the chain as read', async () => {
    for (let i = 0; i < 3; i++) await t.api.createStaff(admin.token, 'auditor');
    const seq = await headSeq();
    expect(seq).toBeGreaterThanOrEqual(3);

    const checkpoint = await checkpointCovering(seq);
    expect(checkpoint.headHash).toMatch(/^[0-9a-f]{64}$/);
    expect(checkpoint.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(verifies(messageOf(checkpoint), Buffer.from(checkpoint.signature, 'base64'))).toBe(true);

    const link = await t.api.get(`/audit/events?after=${checkpoint.seq - 1}&limit=1`, admin.token);
    expect(link.body.items[0]).toMatchObject({ seq: checkpoint.seq, hash: checkpoint.headHash });
  });

  it('fails verification when any byte of the message or the signature changes', async () => {
    const [checkpoint] = await allCheckpoints();
    const message = messageOf(checkpoint);
    const signature = Buffer.from(checkpoint.signature, 'base64');
    expect(verifies(message, signature)).toBe(true);

    const headByte = message.indexOf(checkpoint.headHash);
    const changedMessage = Buffer.from(message);
    changedMessage[headByte] ^= 0x01;
    expect(verifies(changedMessage, signature)).toBe(false);

    const changedSignature = Buffer.from(signature);
    changedSignature[10] ^= 0x01;
    expect(verifies(message, changedSignature)).toBe(false);
  });

  it('keeps one checkpoint per seq, in seq order, and pages by ?after=', async () => {
    const all = await allCheckpoints();
    const seqs = all.map((c) => c.seq);
    expect(seqs).toEqual([...new Set(seqs)].sort((a, b) => a - b));

    const paged = await t.api.get(`/audit/checkpoints?after=${seqs[0]}&limit=1`);
    expect(paged.body.total).toBe(all.length - 1);
    expect(paged.body.items.map((c: Checkpoint) => c.seq)).toEqual(seqs.slice(1, 2));
  });

  it('refuses bad paging with 400', async () => {
    for (const query of ['limit=0', 'limit=201', 'after=-1', 'after=x']) {
      const res = await t.api.get(`/audit/checkpoints?${query}`);
      expect({ query, status: res.status, code: res.body.code }).toEqual({
        query,
        status: 400,
        code: 'VALIDATION_FAILED',
      });
    }
  });

  it('refuses UPDATE, DELETE and TRUNCATE on checkpoints, even by direct SQL', async () => {
    await expect(
      t.sql.query(`UPDATE audit_checkpoints SET head_hash = repeat('a', 64)`),
    ).rejects.toThrow(/append-only/);
    await expect(t.sql.query('DELETE FROM audit_checkpoints')).rejects.toThrow(/append-only/);
    await expect(t.sql.query('TRUNCATE audit_checkpoints')).rejects.toThrow(/append-only/);
  });

  it('is not driven by the sandbox clock: a day forward signs nothing by itself', async () => {
    await checkpointCovering(await headSeq()); // nothing left unsigned before the move
    const before = await allCheckpoints();
    const moved = await t.api.post('/sandbox/clock', { advanceMs: DAY }, admin.token);
    expect(moved.status).toBe(200);
    const after = await allCheckpoints();
    // At most the one the 1 s timer may have signed meanwhile, in real time, never one per
    // hour of the skipped day.
    expect(after.length - before.length).toBeLessThanOrEqual(1);

    // The move is itself an event; the timer signs it, stamped with real time.
    const newest = await checkpointCovering(await headSeq());
    const realNow = Date.now();
    expect(Math.abs(Date.parse(newest.at) - realNow)).toBeLessThan(MINUTE);
    expect(Date.parse(moved.body.now) - Date.parse(newest.at)).toBeGreaterThan(DAY - MINUTE);
    expect(verifies(messageOf(newest), Buffer.from(newest.signature, 'base64'))).toBe(true);
  });
});
