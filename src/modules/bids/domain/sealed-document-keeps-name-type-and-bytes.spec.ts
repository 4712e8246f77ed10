import { packDocument, unpackDocument } from './sealed-document';

describe('a sealed bid document', () => {
  it('round-trips its name, type and exact bytes', () => {
    const bytes = Buffer.from([0, 1, 2, 255, 0x7b, 0x7d]);
    const doc = { filename: 'Бизнес-план "v2".pdf', contentType: 'application/pdf', bytes };
    const back = unpackDocument(packDocument(doc));
    expect(back).toEqual(doc);
    expect(Buffer.compare(back.bytes, bytes)).toBe(0);
  });

  it('keeps an empty body empty', () => {
    const back = unpackDocument(
      packDocument({ filename: 'a', contentType: 'text/plain', bytes: Buffer.alloc(0) }),
    );
    expect(back.bytes.length).toBe(0);
  });

  it('refuses a plaintext whose header runs past its end', () => {
    const cut = packDocument({
      filename: 'a.txt',
      contentType: 'text/plain',
      bytes: Buffer.alloc(0),
    });
    expect(() => unpackDocument(cut.subarray(0, cut.length - 3))).toThrow(/cut short/);
  });
});
