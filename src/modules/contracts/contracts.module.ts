import { Module } from '@nestjs/common';
import { ComplaintsController } from './api/complaints.controller';
import { ContractsController } from './api/contracts.controller';
import { ContractsQuery } from './application/contracts.query';
import { CountersignContractUseCase } from './application/countersign-contract.use-case';
import { DecideComplaintUseCase } from './application/decide-complaint.use-case';
import { FileComplaintUseCase } from './application/file-complaint.use-case';
import { SignContractUseCase } from './application/sign-contract.use-case';

@Module({
  controllers: [ContractsController, ComplaintsController],
  providers: [
    ContractsQuery,
    SignContractUseCase,
    CountersignContractUseCase,
    FileComplaintUseCase,
    DecideComplaintUseCase,
  ],
})
export class ContractsModule {}
