import fc from 'fast-check';

type Json = unknown;

/** Values that have broken JSON APIs before: types, ranges, dates, encodings, prototypes. */
const nasty: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    2 ** 53 + 1,
    1320000, // money as a JSON number
    3400000000.5,
    '',
    ' ',
    '1e9',
    '-0.01',
    '0.001',
    '1320000.000',
    '99999999999999999999.99',
    'NaN',
    'Infinity',
    '１３２００００.００', // full-width digits
    '1970-01-01T00:00:00.000Z',
    '1900-01-01T00:00:00.000Z',
    '9999-12-31T23:59:59.999Z',
    '+275760-09-13T00:00:00.000Z',
    '2027-02-30T09:00:00.000Z',
    '2027-01-01',
    'not a date',
    '\u0000',
    '\ud800', // a lone surrogate: not encodable as UTF-8
    'Ω≈ç√∫˜µ≤≥÷ 田中 مرحبا 😀',
    "'; DROP TABLE bids; --",
    '00000000-0000-4000-8000-000000000000',
    [],
    {},
    [null],
    JSON.parse('{"__proto__":{"role":"admin"}}') as Json,
    { constructor: { prototype: { role: 'admin' } } },
  ),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(fc.integer({ min: 5000, max: 50000 }), fc.constantFrom('a', 'é', '田', '😀'))
    .map(([n, c]) => c.repeat(n)),
  fc
    .date({ min: new Date(-62135596800000), max: new Date(253402300799999), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A value nested `depth` levels deep, in objects or arrays. */
const deep: fc.Arbitrary<Json> = fc
  .tuple(fc.integer({ min: 20, max: 400 }), fc.boolean())
  .map(([depth, arrays]) => {
    let value: Json = 'bottom';
    for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
    return value;
  });

type Path = (string | number)[];

function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

type Node = Record<string | number, Json>;

/** The container that holds the value at `path`, or undefined where an earlier mutation cut it. */
function parentOf(root: Json, path: Path): Node | undefined {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Node)[key];
  }
  return node !== null && typeof node === 'object' ? (node as Node) : undefined;
}

function setAt(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(root);
  const parent = parentOf(copy, path);
  if (parent) parent[path[path.length - 1]] = value;
  return copy;
}

function deleteAt(root: Json, path: Path): Json {
  if (path.length === 0) return undefined;
  const copy = structuredClone(root);
  const parent = parentOf(copy, path);
  const last = path[path.length - 1];
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (parent) delete parent[last];
  return copy;
}

/**
 * Bodies for one route: mostly its near-valid example with one to three fields broken
 * (replaced, deleted, or a stray field added), the rest wholly hostile.
 */
export function hostileBodies(template: Json): fc.Arbitrary<Json> {
  const paths = pathsOf(template);
  const mutation = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.tuple(fc.constantFrom(...paths), fc.oneof(nasty, deep)).map(
        ([p, v]) =>
          (t: Json) =>
            setAt(t, p, v),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...paths).map((p) => (t: Json) => deleteAt(t, p) ?? null),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), nasty).map(
        ([k, v]) =>
          (t: Json) =>
            t && typeof t === 'object' && !Array.isArray(t) ? { ...t, [k]: v } : t,
      ),
    },
  );
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .array(mutation, { minLength: 1, maxLength: 3 })
        .map((ms) => ms.reduce((t, m) => m(t), template)),
    },
    { weight: 1, arbitrary: fc.oneof(nasty, deep) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 12 }), nasty, { maxKeys: 8 }) },
  );
}
