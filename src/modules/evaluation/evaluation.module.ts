import { Module } from '@nestjs/common';
import { TendersModule } from '../tenders';
import { EvaluationController } from './api/evaluation.controller';
import { AdmitBidUseCase } from './application/admit-bid.use-case';
import { AwardTenderUseCase } from './application/award-tender.use-case';
import { DeclareInterestsUseCase } from './application/declare-interests.use-case';
import { DeclareUnsuccessfulUseCase } from './application/declare-unsuccessful.use-case';
import { ProtocolQuery } from './application/protocol.query';
import { ScoreBidUseCase } from './application/score-bid.use-case';

@Module({
  imports: [TendersModule],
  controllers: [EvaluationController],
  providers: [
    ProtocolQuery,
    DeclareInterestsUseCase,
    AdmitBidUseCase,
    ScoreBidUseCase,
    AwardTenderUseCase,
    DeclareUnsuccessfulUseCase,
  ],
})
export class EvaluationModule {}
