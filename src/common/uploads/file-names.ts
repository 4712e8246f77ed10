/**
 * Names and types of uploaded files, cleaned once at the edge: a client's filename may
 * carry a path, control characters or quotes, and it is echoed back in a header later.
 */
const MAX_FILENAME_CHARS = 255;
// eslint-disable-next-line no-control-regex -- control characters are what we strip
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;
const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

export function safeFilename(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  // Browsers and fetch escape `"` in a multipart filename as %22 (WHATWG HTML, form
  // submission); busboy leaves it escaped, so undo that one escape here.
  const unescaped = base.replace(/%22/g, '"');
  const cleaned = unescaped.normalize('NFC').replace(CONTROL_CHARS, '').trim();
  const name = Array.from(cleaned).slice(0, MAX_FILENAME_CHARS).join('');
  return name === '' || name === '.' || name === '..' ? 'file' : name;
}

/** A well-formed `type/subtype` (parameters dropped), else the neutral octet stream. */
export function safeContentType(raw: string | undefined): string {
  const type = (raw ?? '').split(';')[0].trim().toLowerCase();
  return MIME_TYPE.test(type) ? type : 'application/octet-stream';
}

/**
 * `attachment` with an ASCII fallback and the exact name in RFC 5987 `filename*`, so no
 * client-supplied character can break out of the header or turn the download inline.
 */
export function attachmentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
