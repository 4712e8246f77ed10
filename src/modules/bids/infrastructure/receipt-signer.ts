import { Inject, Injectable } from '@nestjs/common';
import { Ed25519Signer } from '../../../common/signing/ed25519-signer';
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
  private readonly signer: Ed25519Signer;
  readonly publicKeyPem: string;

  constructor(@Inject(appConfig.KEY) config: AppConfig) {
    this.signer = new Ed25519Signer(config.receiptSigningKeyPem);
    this.publicKeyPem = this.signer.publicKeyPem;
  }

  issue(sha256: string, bidId: string, version: number, submittedAt: Date): Receipt {
    const at = submittedAt.toISOString();
    const signature = this.signer.sign(`${sha256}|${bidId}|${version}|${at}`);
    return { sha256, submittedAt: at, signature };
  }
}
