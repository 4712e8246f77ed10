import { StreamableFile } from '@nestjs/common';
import { attachmentDisposition } from './file-names';

export interface StoredFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** The HTTP answer for a stored file: always an attachment, never rendered inline. */
export function fileDownload(file: StoredFile): StreamableFile {
  return new StreamableFile(file.bytes, {
    type: file.contentType,
    disposition: attachmentDisposition(file.filename),
    length: file.bytes.length,
  });
}
