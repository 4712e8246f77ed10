import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar';
import { EnquiriesController } from './api/enquiries.controller';
import { TenderDocumentsController } from './api/tender-documents.controller';
import { TendersController } from './api/tenders.controller';
import { AmendTenderUseCase } from './application/amend-tender.use-case';
import { AnswerQuestionUseCase } from './application/answer-question.use-case';
import { AskQuestionUseCase } from './application/ask-question.use-case';
import { CancelTenderUseCase } from './application/cancel-tender.use-case';
import { CreateTenderUseCase } from './application/create-tender.use-case';
import { EditDraftTenderUseCase } from './application/edit-draft-tender.use-case';
import { EnquiriesQuery } from './application/enquiries.query';
import { ProcedureRulesProvider } from './application/procedure-rules.provider';
import { PublishTenderUseCase } from './application/publish-tender.use-case';
import { TenderLifecycleHooks } from './application/tender-lifecycle-hooks';
import { TenderDocumentsQuery } from './application/tender-documents.query';
import { TendersQuery } from './application/tenders.query';
import { UploadTenderDocumentUseCase } from './application/upload-tender-document.use-case';

@Module({
  imports: [CalendarModule],
  controllers: [TendersController, EnquiriesController, TenderDocumentsController],
  providers: [
    ProcedureRulesProvider,
    TenderLifecycleHooks,
    CreateTenderUseCase,
    EditDraftTenderUseCase,
    PublishTenderUseCase,
    AmendTenderUseCase,
    CancelTenderUseCase,
    AskQuestionUseCase,
    AnswerQuestionUseCase,
    EnquiriesQuery,
    TendersQuery,
    UploadTenderDocumentUseCase,
    TenderDocumentsQuery,
  ],
  exports: [TendersQuery, TenderLifecycleHooks],
})
export class TendersModule {}
