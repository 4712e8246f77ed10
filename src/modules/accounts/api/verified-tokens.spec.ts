import { VerifiedTokens } from './verified-tokens';

const claims = (exp?: number) => ({
  sub: '00000000-0000-4000-8000-000000000001',
  role: 'investor' as const,
  ...(exp === undefined ? {} : { exp }),
});

describe('VerifiedTokens', () => {
  it('answers a remembered token until the second of its expiry, then forgets it', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('a.b.c', claims(1_000));
    expect(tokens.claimsOf('a.b.c', 999)).toMatchObject({ sub: claims().sub });
    expect(tokens.claimsOf('a.b.c', 1_000)).toBeUndefined();
    expect(tokens.claimsOf('a.b.c', 999)).toBeUndefined();
  });

  it('knows only the exact token text it verified', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('a.b.c', claims(1_000));
    expect(tokens.claimsOf('a.b.C', 0)).toBeUndefined();
    expect(tokens.claimsOf('a.b.c ', 0)).toBeUndefined();
  });

  it('never remembers a token without an expiry', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('a.b.c', claims());
    expect(tokens.claimsOf('a.b.c', 0)).toBeUndefined();
  });

  it('drops the oldest token at its bound', () => {
    const tokens = new VerifiedTokens(2);
    tokens.remember('one', claims(1_000));
    tokens.remember('two', claims(1_000));
    tokens.remember('three', claims(1_000));
    expect(tokens.claimsOf('one', 0)).toBeUndefined();
    expect(tokens.claimsOf('two', 0)).toBeDefined();
    expect(tokens.claimsOf('three', 0)).toBeDefined();
  });
});
