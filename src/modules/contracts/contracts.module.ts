import { Module } from '@nestjs/common';
import { KeyRatesModule } from '../key-rates';
import { TendersModule } from '../tenders';
import { ComplaintsController } from './api/complaints.controller';
import { ContractDocumentsController } from './api/contract-documents.controller';
import { ContractsController } from './api/contracts.controller';
import { MilestonesController } from './api/milestones.controller';
import { ClaimsController } from './api/claims.controller';
import { OrdersController } from './api/orders.controller';
import { ProductionReportsController } from './api/production-reports.controller';
import { ReviewsController } from './api/reviews.controller';
import { PendingReviewsQuery } from './application/pending-reviews.query';
import { FileProductionReportUseCase } from './application/file-production-report.use-case';
import { ReviewProductionReportUseCase } from './application/review-production-report.use-case';
import { AcceptDeliveryUseCase } from './application/accept-delivery.use-case';
import { CloseOrderUseCase } from './application/close-order.use-case';
import { ClaimsQuery } from './application/claims.query';
import { IssueClaimUseCase } from './application/issue-claim.use-case';
import { OrdersQuery } from './application/orders.query';
import { SettleClaimUseCase } from './application/settle-claim.use-case';
import { PlaceOrderUseCase } from './application/place-order.use-case';
import { RecordDeliveryUseCase } from './application/record-delivery.use-case';
import { ComplianceQuery } from './application/compliance.query';
import { ContractDocuments } from './application/contract-documents';
import { ContractsQuery } from './application/contracts.query';
import { ContractsTenderListener } from './application/contracts-tender-listener';
import { CountersignContractUseCase } from './application/countersign-contract.use-case';
import { DecideComplaintUseCase } from './application/decide-complaint.use-case';
import { FileComplaintUseCase } from './application/file-complaint.use-case';
import { ReportProgressUseCase } from './application/report-progress.use-case';
import { ReviewReportUseCase } from './application/review-report.use-case';
import { SignContractUseCase } from './application/sign-contract.use-case';
import { TerminateContractUseCase } from './application/terminate-contract.use-case';

@Module({
  imports: [KeyRatesModule, TendersModule],
  controllers: [
    ContractsController,
    ComplaintsController,
    MilestonesController,
    ContractDocumentsController,
    OrdersController,
    ClaimsController,
    ProductionReportsController,
    ReviewsController,
  ],
  providers: [
    ContractsTenderListener,
    ContractsQuery,
    SignContractUseCase,
    CountersignContractUseCase,
    FileComplaintUseCase,
    DecideComplaintUseCase,
    ReportProgressUseCase,
    ReviewReportUseCase,
    TerminateContractUseCase,
    ComplianceQuery,
    ContractDocuments,
    OrdersQuery,
    ClaimsQuery,
    IssueClaimUseCase,
    SettleClaimUseCase,
    PlaceOrderUseCase,
    CloseOrderUseCase,
    RecordDeliveryUseCase,
    AcceptDeliveryUseCase,
    FileProductionReportUseCase,
    ReviewProductionReportUseCase,
    PendingReviewsQuery,
  ],
})
export class ContractsModule {}
