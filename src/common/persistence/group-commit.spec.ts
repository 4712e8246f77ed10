import { DomainError } from '../errors/domain-error';
import { GroupCommit, itemOutcome, type GroupOutcome } from './group-commit';

/** A run that records its groups and answers each item after `release()`. */
function recordingRun(answer: (item: string) => GroupOutcome<string> = (i) => ({ ok: i })) {
  const groups: string[][] = [];
  let release: () => void = () => undefined;
  let gate = new Promise<void>((r) => (release = r));
  const run = async (key: string, items: string[]) => {
    groups.push(items.map((i) => `${key}:${i}`));
    await gate;
    if (items.some((i) => i.startsWith('crash') && items.length > 1)) throw new Error('crash');
    return items.map(answer);
  };
  return {
    groups,
    run,
    release: () => {
      release();
      gate = new Promise<void>((r) => (release = r));
    },
    open: () => {
      gate = Promise.resolve();
      release();
    },
  };
}

const options = { sharedByAll: (e: unknown) => e instanceof DomainError, maxItems: 3 };

describe('group commit', () => {
  it('runs a lone item at once, and items arriving meanwhile as the next group', async () => {
    const r = recordingRun();
    const group = new GroupCommit<string, string>({ ...options, run: r.run });
    const first = group.submit('t1', 'a');
    expect(r.groups).toEqual([['t1:a']]);
    const rest = ['b', 'c'].map((i) => group.submit('t1', i));
    const otherKey = group.submit('t2', 'x');
    expect(r.groups).toEqual([['t1:a'], ['t2:x']]);
    r.open();
    expect(await Promise.all([first, ...rest, otherKey])).toEqual(['a', 'b', 'c', 'x']);
    expect(r.groups).toEqual([['t1:a'], ['t2:x'], ['t1:b', 't1:c']]);
  });

  it('takes at most maxItems into one group', async () => {
    const r = recordingRun();
    const group = new GroupCommit<string, string>({ ...options, run: r.run });
    const all = ['a', 'b', 'c', 'd', 'e'].map((i) => group.submit('t', i));
    r.open();
    await Promise.all(all);
    expect(r.groups.map((g) => g.length)).toEqual([1, 3, 1]);
  });

  it('answers each item its own refusal', async () => {
    const r = recordingRun((i) => (i === 'bad' ? { error: new Error(i) } : { ok: i }));
    const group = new GroupCommit<string, string>({ ...options, run: r.run });
    const answers = ['a', 'b', 'bad', 'c'].map((i) => group.submit('t', i));
    r.open();
    const settled = await Promise.allSettled(answers);
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
  });

  it('re-runs a failed group one item at a time, so one bad item fails alone', async () => {
    const r = recordingRun();
    const group = new GroupCommit<string, string>({ ...options, run: r.run });
    const answers = ['a', 'b', 'crash', 'c'].map((i) => group.submit('t', i));
    r.open();
    const settled = await Promise.allSettled(answers);
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(r.groups).toEqual([['t:a'], ['t:b', 't:crash', 't:c'], ['t:b'], ['t:crash'], ['t:c']]);
  });

  it('gives every item of a group a refusal shared by all, without re-running', async () => {
    const closed = new DomainError('SUBMISSION_CLOSED', 'closed');
    let runs = 0;
    const group = new GroupCommit<string, string>({
      ...options,
      run: async () => {
        runs += 1;
        await Promise.resolve();
        throw closed;
      },
    });
    const settled = await Promise.allSettled(['a', 'b', 'c'].map((i) => group.submit('t', i)));
    expect(settled).toEqual(Array(3).fill({ status: 'rejected', reason: closed }));
    expect(runs).toBe(2);
  });
  it('answers every item of a group whose run returns no outcomes, and takes the next', async () => {
    let broken = true;
    const group = new GroupCommit<string, string>({
      ...options,
      run: async (_key, items) => {
        await Promise.resolve();
        return (broken ? null : items.map((i) => ({ ok: i }))) as GroupOutcome<string>[];
      },
    });
    const settled = await Promise.allSettled(['a', 'b'].map((i) => group.submit('t', i)));
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    broken = false;
    expect(await group.submit('t', 'c')).toBe('c');
  });
});

describe('an item’s outcome', () => {
  it('is its refusal for a DomainError, and fails the group for anything else', () => {
    const refused = new DomainError('BID_EXISTS', 'exists');
    expect(itemOutcome(() => 1)).toEqual({ ok: 1 });
    expect(
      itemOutcome(() => {
        throw refused;
      }),
    ).toEqual({ error: refused });
    expect(() =>
      itemOutcome(() => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });
});
