import { canonicalJson } from './canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units, recursively, without whitespace', () => {
    // The RFC's sorting example (3.2.3): keys in code-unit order, not locale order.
    const input = {
      '\u20ac': 'Euro',
      '\r': 'CR',
      '\ufb33': 'Hebrew',
      '1': 'One',
      '\ud83d\ude00': 'Smiley',
      '\u0080': 'Ctl',
      '\u00f6': 'Latin',
    };
    expect(canonicalJson(input)).toBe(
      '{"\\r":"CR","1":"One","\u0080":"Ctl","\u00f6":"Latin","\u20ac":"Euro","\ud83d\ude00":"Smiley","\ufb33":"Hebrew"}',
    );
  });

  it('serializes numbers as ECMAScript does (RFC 8785 appendix B samples)', () => {
    expect(canonicalJson([1e21, 1e-7, 333333333.3333333, -0, 4.5, 0.002, 1e23])).toBe(
      '[1e+21,1e-7,333333333.3333333,0,4.5,0.002,1e+23]',
    );
  });

  it('keeps array order and drops undefined members', () => {
    expect(canonicalJson({ b: [3, 1, { y: 1, x: null }], a: undefined, c: 'é' })).toBe(
      '{"b":[3,1,{"x":null,"y":1}],"c":"é"}',
    );
  });

  it('refuses values JSON cannot represent', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson(10n)).toThrow(TypeError);
  });
});
