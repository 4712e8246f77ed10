import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../../common/auth/auth.decorators';
import type { AuthUser } from '../../../common/auth/role';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { AdmitBidUseCase } from '../application/admit-bid.use-case';
import { AwardTenderUseCase } from '../application/award-tender.use-case';
import { DeclareInterestsUseCase } from '../application/declare-interests.use-case';
import { DeclareUnsuccessfulUseCase } from '../application/declare-unsuccessful.use-case';
import type { JsonBytes } from '../application/protocol';
import { ProtocolQuery } from '../application/protocol.query';
import { ScoreBidUseCase } from '../application/score-bid.use-case';
import { AdmissionDto, DeclarationDto, ExpertScoresDto } from './evaluation.dtos';
import { DeclarationResponse, ProtocolResponse } from './evaluation.responses';

/** The protocol is answered as bytes serialized once (JsonBytes): sent as they are. */
const PROTOCOL_JSON = 'application/json; charset=utf-8';

@ApiTags('evaluation')
@ApiBearerAuth()
@Controller('tenders/:id')
export class EvaluationController {
  constructor(
    private readonly protocols: ProtocolQuery,
    private readonly declare: DeclareInterestsUseCase,
    private readonly admit: AdmitBidUseCase,
    private readonly score: ScoreBidUseCase,
    private readonly awardTender: AwardTenderUseCase,
    private readonly declareUnsuccessfulUseCase: DeclareUnsuccessfulUseCase,
  ) {}

  @Get('evaluation')
  @Roles('officer', 'auditor', 'investor')
  @ApiOperation({ summary: 'The evaluation protocol (bidders: once awarded)' })
  @ApiOkResponse({ type: ProtocolResponse })
  @ApiErrors(400, 401, 403, 404)
  @Header('content-type', PROTOCOL_JSON)
  protocol(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<JsonBytes<ProtocolResponse>> {
    return this.protocols.get(caller, id);
  }

  @Post('evaluation/declarations')
  @Roles('officer')
  @ApiOperation({
    summary: 'Declare conflicts of interest (commission members, once, before scoring)',
  })
  @ApiCreatedResponse({ type: DeclarationResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  declaration(
    @CurrentUser() member: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DeclarationDto,
  ): Promise<DeclarationResponse> {
    return this.declare.execute(member, id, body.conflictOfInterest, body.note);
  }

  @Post('evaluation/admission/:bidId')
  @HttpCode(204)
  @Roles('officer')
  @ApiOperation({ summary: 'Reject (MANUAL) or re-admit an opened bid, with a reason' })
  @ApiNoContentResponse({ description: 'Recorded' })
  @ApiErrors(400, 401, 403, 404, 409)
  async admission(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
    @Body() body: AdmissionDto,
  ): Promise<void> {
    await this.admit.execute(officer, id, bidId, body.admitted, body.reason);
  }

  @Put('evaluation/expert-scores/:bidId')
  @HttpCode(204)
  @Roles('officer')
  @ApiOperation({ summary: "A commission member's expert scores (0–100) for an admitted bid" })
  @ApiNoContentResponse({ description: 'Recorded' })
  @ApiErrors(400, 401, 403, 404, 409)
  async expertScores(
    @CurrentUser() member: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
    @Body() body: ExpertScoresDto,
  ): Promise<void> {
    const scores = Object.fromEntries(
      Object.entries(body.scores).filter(([, v]) => v !== undefined),
    ) as Record<string, number>;
    await this.score.execute(member, id, bidId, scores);
  }

  @Post('award')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Award rank 1: freezes the protocol and starts the stand-still' })
  @ApiOkResponse({ type: ProtocolResponse })
  @ApiErrors(401, 403, 404, 409)
  @Header('content-type', PROTOCOL_JSON)
  award(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<JsonBytes<ProtocolResponse>> {
    return this.awardTender.execute(officer, id);
  }

  @Post('declare-unsuccessful')
  @HttpCode(204)
  @Roles('officer')
  @ApiOperation({ summary: 'Declare the tender unsuccessful (no admitted bid)' })
  @ApiNoContentResponse({ description: 'The tender is unsuccessful' })
  @ApiErrors(401, 403, 404, 409)
  async declareUnsuccessful(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.declareUnsuccessfulUseCase.execute(officer, id);
  }
}
