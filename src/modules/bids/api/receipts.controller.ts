import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../common/auth/auth.decorators';
import { ReceiptSigner } from '../infrastructure/receipt-signer';
import { PublicKeyResponse } from './bid.responses';

@ApiTags('bids')
@Public()
@Controller('receipts')
export class ReceiptsController {
  constructor(private readonly signer: ReceiptSigner) {}

  @Get('public-key')
  @ApiOperation({ summary: 'The Ed25519 key that verifies receipts and audit checkpoints' })
  @ApiOkResponse({ type: PublicKeyResponse })
  publicKey(): PublicKeyResponse {
    return { algorithm: 'Ed25519', publicKeyPem: this.signer.publicKeyPem };
  }
}
