import { Inject, Injectable } from '@nestjs/common';
import { createHmac, hkdfSync } from 'node:crypto';
import { appConfig, type AppConfig } from '../../config/app-config';
import { aesOpen, aesSeal } from '../seal/aes-gcm';

const SEALED_AAD = 'offset-tender idempotent response';

/**
 * Keeps `idempotency_keys` free of anything a sealed request reveals. A request is known by
 * an HMAC under a key derived from SEALING_KEY, not a bare hash a database reader could test
 * guesses of a bid against; a response that echoes a sealed request (its content, or the
 * warnings it drew) is stored AES-256-GCM-encrypted and opened only to replay it.
 */
@Injectable()
export class IdempotencyCipher {
  private readonly macKey: Buffer;
  private readonly responseKey: Buffer;

  constructor(@Inject(appConfig.KEY) config: AppConfig) {
    const derive = (info: string) =>
      Buffer.from(hkdfSync('sha256', config.sealingKey, Buffer.alloc(0), info, 32));
    this.macKey = derive('offset-tender idempotency request');
    this.responseKey = derive('offset-tender idempotency response');
  }

  requestHash(request: string): string {
    return createHmac('sha256', this.macKey).update(request).digest('hex');
  }

  seal(response: unknown): { sealed: string } {
    const plaintext = Buffer.from(JSON.stringify(response ?? null));
    return { sealed: aesSeal(this.responseKey, plaintext, SEALED_AAD).toString('base64') };
  }

  open(stored: unknown): unknown {
    const { sealed } = stored as { sealed: string };
    const plaintext = aesOpen(this.responseKey, Buffer.from(sealed, 'base64'), SEALED_AAD);
    return JSON.parse(plaintext.toString('utf8')) as unknown;
  }
}
