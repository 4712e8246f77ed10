import { Inject, Injectable } from '@nestjs/common';
import { Ed25519Signer } from '../../../common/signing/ed25519-signer';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { receiptMessage, type Receipt } from './receipt';

/**
 * Ed25519 over the receipt's message (receipt.ts), on the request's thread: for a single
 * filing such as a confirmation. The intake's groups sign on the sealing thread.
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
    const signature = this.signer.sign(receiptMessage(sha256, bidId, version, at));
    return { sha256, submittedAt: at, signature };
  }
}
