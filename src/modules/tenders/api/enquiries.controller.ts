import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '../../../common/auth/auth.decorators';
import type { AuthUser } from '../../../common/auth/role';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import { Idempotent } from '../../../common/idempotency/idempotent.decorator';
import { AnswerQuestionUseCase } from '../application/answer-question.use-case';
import { AskQuestionUseCase } from '../application/ask-question.use-case';
import { EnquiriesQuery } from '../application/enquiries.query';
import { TendersQuery } from '../application/tenders.query';
import { AnswerQuestionDto, AskQuestionDto } from './enquiry.dtos';
import { EnquiryListResponse, EnquiryResponse } from './tender.responses';

@ApiTags('enquiries')
@ApiBearerAuth()
@Controller('tenders/:id/enquiries')
export class EnquiriesController {
  constructor(
    private readonly ask: AskQuestionUseCase,
    private readonly answerQuestion: AnswerQuestionUseCase,
    private readonly enquiries: EnquiriesQuery,
    private readonly tenders: TendersQuery,
  ) {}

  @Post()
  @Roles('investor')
  @Idempotent()
  @ApiOperation({
    summary: 'Ask a clarification question (until enquiriesUntil, 3 per organization)',
  })
  @ApiCreatedResponse({ type: EnquiryResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  create(
    @CurrentUser() investor: AuthUser,
    @Param('id', ParseUUIDPipe) tenderId: string,
    @Body() body: AskQuestionDto,
  ): Promise<EnquiryResponse> {
    return this.ask.execute(investor, tenderId, body.question);
  }

  @Post(':eid/answer')
  @Roles('officer')
  @ApiOperation({ summary: 'Answer a question (once)' })
  @ApiCreatedResponse({ type: EnquiryResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  answer(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) tenderId: string,
    @Param('eid', ParseUUIDPipe) enquiryId: string,
    @Body() body: AnswerQuestionDto,
  ): Promise<EnquiryResponse> {
    return this.answerQuestion.execute(officer, tenderId, enquiryId, body.answer);
  }

  @Public()
  @Get()
  @ApiOperation({ summary: 'Questions and answers, never who asked' })
  @ApiOkResponse({ type: EnquiryListResponse })
  @ApiErrors(400, 404)
  async list(
    @CurrentUser() caller: AuthUser | undefined,
    @Param('id', ParseUUIDPipe) tenderId: string,
    @Query() page: PageQueryDto,
  ): Promise<EnquiryListResponse> {
    await this.tenders.visible(tenderId, caller);
    return this.enquiries.list(tenderId, page.limit, page.offset);
  }
}
