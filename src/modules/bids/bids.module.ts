import { Module } from '@nestjs/common';
import { TendersModule } from '../tenders';
import { BidDocumentsController } from './api/bid-documents.controller';
import { BidsController } from './api/bids.controller';
import { ReceiptsController } from './api/receipts.controller';
import { BidDocumentsQuery } from './application/bid-documents.query';
import { BidsQuery } from './application/bids.query';
import { BidsTenderListener } from './application/bids-tender-listener';
import { ConfirmBidUseCase } from './application/confirm-bid.use-case';
import { IntakeSeals } from './application/intake-seals';
import { ReplaceBidUseCase } from './application/replace-bid.use-case';
import { SubmitBidUseCase } from './application/submit-bid.use-case';
import { UploadBidDocumentUseCase } from './application/upload-bid-document.use-case';
import { WithdrawBidUseCase } from './application/withdraw-bid.use-case';
import { ReceiptSigner } from './infrastructure/receipt-signer';

@Module({
  imports: [TendersModule],
  controllers: [BidsController, ReceiptsController, BidDocumentsController],
  providers: [
    ReceiptSigner,
    IntakeSeals,
    BidsTenderListener,
    SubmitBidUseCase,
    ReplaceBidUseCase,
    WithdrawBidUseCase,
    ConfirmBidUseCase,
    BidsQuery,
    UploadBidDocumentUseCase,
    BidDocumentsQuery,
  ],
})
export class BidsModule {}
