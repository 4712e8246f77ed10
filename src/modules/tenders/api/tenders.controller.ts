import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
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
import { Idempotent } from '../../../common/idempotency/idempotent.decorator';
import { AmendTenderUseCase } from '../application/amend-tender.use-case';
import { CancelTenderUseCase } from '../application/cancel-tender.use-case';
import { CreateTenderUseCase } from '../application/create-tender.use-case';
import { EditDraftTenderUseCase } from '../application/edit-draft-tender.use-case';
import { PublishTenderUseCase } from '../application/publish-tender.use-case';
import { TendersQuery } from '../application/tenders.query';
import {
  AmendTenderDto,
  CancelTenderDto,
  CreateTenderDto,
  EditTenderDto,
  TenderListQueryDto,
} from './tender.dtos';
import { AmendmentResultResponse, TenderListResponse, TenderResponse } from './tender.responses';

@ApiTags('tenders')
@ApiBearerAuth()
@Controller('tenders')
export class TendersController {
  constructor(
    private readonly createTender: CreateTenderUseCase,
    private readonly editDraft: EditDraftTenderUseCase,
    private readonly publishTender: PublishTenderUseCase,
    private readonly amendTender: AmendTenderUseCase,
    private readonly cancelTender: CancelTenderUseCase,
    private readonly tenders: TendersQuery,
  ) {}

  @Post()
  @Roles('officer')
  @Idempotent()
  @ApiOperation({ summary: 'Create a draft tender' })
  @ApiCreatedResponse({ type: TenderResponse })
  @ApiErrors(400, 401, 403, 422)
  create(@CurrentUser() officer: AuthUser, @Body() body: CreateTenderDto): Promise<TenderResponse> {
    return this.createTender.execute(officer, body);
  }

  @Public()
  @Get()
  @ApiOperation({ summary: 'Published tenders (officers also see drafts)' })
  @ApiOkResponse({ type: TenderListResponse })
  @ApiErrors(400)
  list(
    @CurrentUser() caller: AuthUser | undefined,
    @Query() query: TenderListQueryDto,
  ): Promise<TenderListResponse> {
    return this.tenders.list(caller, query);
  }

  @Public()
  @Get(':id')
  @ApiOperation({ summary: 'One tender; bidsCount only once bids are opened' })
  @ApiOkResponse({ type: TenderResponse })
  @ApiErrors(400, 404)
  get(
    @CurrentUser() caller: AuthUser | undefined,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<TenderResponse> {
    return this.tenders.get(id, caller);
  }

  @Patch(':id')
  @Roles('officer')
  @ApiOperation({ summary: 'Edit a draft (any create field)' })
  @ApiOkResponse({ type: TenderResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  edit(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: EditTenderDto,
  ): Promise<TenderResponse> {
    return this.editDraft.execute(officer, id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Publish a draft: draft → tendering' })
  @ApiOkResponse({ type: TenderResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  publish(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<TenderResponse> {
    return this.publishTender.execute(officer, id);
  }

  @Post(':id/amendments')
  @Roles('officer')
  @Idempotent()
  @ApiOperation({ summary: 'Amend a tender while tendering; condition changes invalidate bids' })
  @ApiCreatedResponse({ type: AmendmentResultResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  amend(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AmendTenderDto,
  ): Promise<AmendmentResultResponse> {
    return this.amendTender.execute(officer, id, body.reason, { ...body.changes });
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Cancel the tender (after the deadline only for force majeure)' })
  @ApiOkResponse({ type: TenderResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  cancel(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CancelTenderDto,
  ): Promise<TenderResponse> {
    return this.cancelTender.execute(officer, id, body.reason, body.reasonType);
  }
}
