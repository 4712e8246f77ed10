import { setBounded } from './bounded-map';

describe('setBounded', () => {
  it('keeps at most max entries, dropping the one set longest ago', () => {
    const map = new Map<string, number>();
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) setBounded(map, key, i, 3);
    expect([...map.keys()]).toEqual(['b', 'c', 'd']);
  });

  it('counts a key set again as the newest, without dropping another', () => {
    const map = new Map<string, number>();
    setBounded(map, 'a', 1, 2);
    setBounded(map, 'b', 2, 2);
    setBounded(map, 'a', 3, 2);
    expect([...map.entries()]).toEqual([
      ['b', 2],
      ['a', 3],
    ]);
    setBounded(map, 'c', 4, 2);
    expect([...map.keys()]).toEqual(['a', 'c']);
  });
});
