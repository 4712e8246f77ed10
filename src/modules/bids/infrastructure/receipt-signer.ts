import { Inject, Injectable } from '@nestjs/common';
import { createPrivateKey, createPublicKey, KeyObject, sign } from 'node:crypto';
import { appConfig, type AppConfig } from '../../../config/app-config';

export interface Receipt {
  sha256: string;
  submittedAt: string;
  signature: string;
}

/**
 * Ed25519 over `sha256|bidId|version|submittedAt` (DOMAIN.md §5): an investor can later
 * prove what it filed and when, against the key published at /receipts/public-key.
 */
@Injectable()
export class ReceiptSigner {
  private readonly privateKey: KeyObject;
  readonly publicKeyPem: string;

  constructor(@Inject(appConfig.KEY) config: AppConfig) {
    this.privateKey = createPrivateKey(config.receiptSigningKeyPem);
    this.publicKeyPem = createPublicKey(this.privateKey)
      .export({ type: 'spki', format: 'pem' })
      .toString();
  }

  issue(sha256: string, bidId: string, version: number, submittedAt: Date): Receipt {
    const at = submittedAt.toISOString();
    const signature = sign(
      null,
      Buffer.from(`${sha256}|${bidId}|${version}|${at}`),
      this.privateKey,
    );
    return { sha256, submittedAt: at, signature: signature.toString('base64') };
  }
}
