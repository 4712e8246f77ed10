import { HeldProtocols } from './held-protocols';

describe('held protocols', () => {
  const bytes = (n: number, fill = 1) => Buffer.alloc(n, fill);

  it('holds one version per tender, the last one held', () => {
    const held = new HeldProtocols(100);
    held.hold('t1', '3/700', bytes(10));
    held.hold('t1', '4/701', bytes(20, 2));
    expect(held.get('t1')).toEqual({ version: '4/701', json: bytes(20, 2) });
    expect(held.get('t2')).toBeUndefined();
  });

  it('lets the tender used least recently go first once the bytes exceed the bound', () => {
    const held = new HeldProtocols(100);
    held.hold('t1', '1/1', bytes(40));
    held.hold('t2', '1/2', bytes(40));
    held.get('t1'); // t2 is now the least recently used
    held.hold('t3', '1/3', bytes(40));
    expect(held.get('t2')).toBeUndefined();
    expect(held.get('t1')?.version).toBe('1/1');
    expect(held.get('t3')?.version).toBe('1/3');
    // A new version replaces the old one's bytes rather than adding to them: 40 + 60 fit.
    held.hold('t3', '2/4', bytes(60));
    expect(held.get('t1')?.version).toBe('1/1');
    expect(held.get('t3')?.version).toBe('2/4');
  });

  it('holds nothing larger than the bound, and forgets the version it replaced', () => {
    const held = new HeldProtocols(100);
    held.hold('t1', '1/1', bytes(50));
    held.hold('t1', '2/2', bytes(101));
    expect(held.get('t1')).toBeUndefined();
    held.hold('t2', '1/3', bytes(100));
    expect(held.get('t2')?.version).toBe('1/3');
  });
});
