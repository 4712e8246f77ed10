import { checkpointMessage } from './checkpoint-message';

const checkpoint = {
  seq: 42,
  headHash: 'ab'.repeat(32),
  at: new Date('2026-12-01T09:00:00.000Z'),
};

describe('audit checkpoint message', () => {
  it('is checkpoint|seq|headHash|at with at in ISO-8601 UTC milliseconds', () => {
    expect(checkpointMessage(checkpoint)).toBe(
      `checkpoint|42|${'ab'.repeat(32)}|2026-12-01T09:00:00.000Z`,
    );
  });

  it('changes with every field it covers', () => {
    const base = checkpointMessage(checkpoint);
    expect(checkpointMessage({ ...checkpoint, seq: 43 })).not.toBe(base);
    expect(checkpointMessage({ ...checkpoint, headHash: 'ac'.repeat(32) })).not.toBe(base);
    expect(checkpointMessage({ ...checkpoint, at: new Date('2026-12-01T09:00:00.001Z') })).not.toBe(
      base,
    );
  });

  it('cannot be mistaken for a receipt message (sha256|bidId|version|submittedAt)', () => {
    expect(checkpointMessage(checkpoint).split('|')[0]).toBe('checkpoint');
  });
});
