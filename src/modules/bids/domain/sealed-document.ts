/**
 * What a bid document's sealed box holds (DOMAIN.md §5): the name and type travel sealed
 * with the bytes, so the database holds nothing readable about the file but its size and
 * hash. Layout: 4-byte big-endian header length ‖ header JSON (UTF-8) ‖ file bytes.
 */
export interface DocumentPlaintext {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export function packDocument(doc: DocumentPlaintext): Buffer {
  const header = Buffer.from(
    JSON.stringify({ filename: doc.filename, contentType: doc.contentType }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return Buffer.concat([length, header, doc.bytes]);
}

export function unpackDocument(plaintext: Buffer): DocumentPlaintext {
  const headerEnd = 4 + plaintext.readUInt32BE(0);
  if (headerEnd > plaintext.length) throw new Error('sealed document header is cut short');
  const header = JSON.parse(plaintext.subarray(4, headerEnd).toString('utf8')) as {
    filename: string;
    contentType: string;
  };
  return {
    filename: header.filename,
    contentType: header.contentType,
    bytes: plaintext.subarray(headerEnd),
  };
}
