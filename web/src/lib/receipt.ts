import { canonicalJson } from './canonical-json';

export interface Receipt {
  sha256: string;
  submittedAt: string;
  signature: string;
}

export interface ReceiptCheck {
  /** The content's SHA-256 (canonical JSON) equals the receipt's. */
  hashMatches: boolean;
  /** The server's Ed25519 signature of `sha256|bidId|version|submittedAt` holds. */
  signatureValid: boolean;
  verified: boolean;
}

const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

const base64Bytes = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** An SPKI PEM (as /receipts/public-key serves it) as a WebCrypto Ed25519 key. */
export async function importEd25519Pem(pem: string): Promise<CryptoKey> {
  const body = pem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\s+/g, '');
  return crypto.subtle.importKey('spki', base64Bytes(body), { name: 'Ed25519' }, false, ['verify']);
}

export async function verifyEd25519(
  key: CryptoKey,
  signatureBase64: string,
  message: string,
): Promise<boolean> {
  try {
    return await crypto.subtle.verify(
      { name: 'Ed25519' },
      key,
      base64Bytes(signatureBase64),
      new TextEncoder().encode(message),
    );
  } catch {
    return false;
  }
}

/**
 * Checks a receipt in the browser, trusting nothing the server says about it: the hash is
 * recomputed from the content the investor sent, and the signature checked with WebCrypto.
 */
export async function verifyReceipt(input: {
  content: unknown;
  receipt: Receipt;
  bidId: string;
  version: number;
  publicKeyPem: string;
}): Promise<ReceiptCheck> {
  const { content, receipt, bidId, version, publicKeyPem } = input;
  const hash = await sha256Hex(canonicalJson(content));
  const hashMatches = hash === receipt.sha256;
  const key = await importEd25519Pem(publicKeyPem);
  const signatureValid = await verifyEd25519(
    key,
    receipt.signature,
    `${hash}|${bidId}|${version}|${receipt.submittedAt}`,
  );
  return { hashMatches, signatureValid, verified: hashMatches && signatureValid };
}
