import { createPrivateKey, createPublicKey, KeyObject, sign } from 'node:crypto';

/**
 * The service's one Ed25519 key (RECEIPT_SIGNING_KEY): it signs bid receipts and audit
 * checkpoints alike, so a client verifies both against the one key at /receipts/public-key.
 */
export class Ed25519Signer {
  private readonly privateKey: KeyObject;
  readonly publicKeyPem: string;

  constructor(privateKeyPem: string) {
    this.privateKey = createPrivateKey(privateKeyPem);
    this.publicKeyPem = createPublicKey(this.privateKey)
      .export({ type: 'spki', format: 'pem' })
      .toString();
  }

  /** The signature of the UTF-8 message, base64. */
  sign(message: string): string {
    return sign(null, Buffer.from(message, 'utf8'), this.privateKey).toString('base64');
  }
}
