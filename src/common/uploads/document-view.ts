import { createHash } from 'node:crypto';

/** An uploaded file as the API shows it; the bytes are fetched separately. */
export interface DocumentView {
  id: string;
  filename: string;
  size: number;
  sha256: string;
}

/** SHA-256 (hex) of the file exactly as uploaded, so a client can check its download. */
export function fileSha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
