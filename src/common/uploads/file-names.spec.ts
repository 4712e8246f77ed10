import { attachmentDisposition, safeContentType, safeFilename } from './file-names';

describe('uploaded file names', () => {
  it('keeps the base name only, without control characters', () => {
    expect(safeFilename('C:\\fakepath\\Техзадание.pdf')).toBe('Техзадание.pdf');
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('a\r\nb\u0000.txt')).toBe('ab.txt');
  });

  it('undoes the %22 escape that multipart/form-data gives a double quote', () => {
    expect(safeFilename('Plan %22v2%22.pdf')).toBe('Plan "v2".pdf');
  });

  it('names a nameless file "file"', () => {
    for (const raw of [undefined, '', '  ', '..', 'dir/']) expect(safeFilename(raw)).toBe('file');
  });

  it('caps a name at 255 characters', () => {
    expect(Array.from(safeFilename('я'.repeat(300)))).toHaveLength(255);
  });

  it('accepts a well-formed content type only', () => {
    expect(safeContentType('application/pdf; charset=binary')).toBe('application/pdf');
    expect(safeContentType('Text/Plain')).toBe('text/plain');
    expect(safeContentType('text/html\r\nx-evil: 1')).toBe('application/octet-stream');
    expect(safeContentType(undefined)).toBe('application/octet-stream');
  });

  it('encodes the download name so no character escapes the header', () => {
    expect(attachmentDisposition('Техзадание "v2"; final.pdf')).toBe(
      `attachment; filename="__________ _v2__ final.pdf"; ` +
        `filename*=UTF-8''%D0%A2%D0%B5%D1%85%D0%B7%D0%B0%D0%B4%D0%B0%D0%BD%D0%B8%D0%B5%20%22v2%22%3B%20final.pdf`,
    );
    expect(attachmentDisposition("it's (1).txt")).toContain(
      "filename*=UTF-8''it%27s%20%281%29.txt",
    );
  });
});
