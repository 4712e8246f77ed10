import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../../common/auth/auth.decorators';
import type { AuthUser } from '../../../common/auth/role';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import { Idempotent } from '../../../common/idempotency/idempotent.decorator';
import { BidsQuery } from '../application/bids.query';
import { ConfirmBidUseCase } from '../application/confirm-bid.use-case';
import { ReplaceBidUseCase } from '../application/replace-bid.use-case';
import { SubmitBidUseCase } from '../application/submit-bid.use-case';
import { WithdrawBidUseCase } from '../application/withdraw-bid.use-case';
import { BidContentDto } from './bid.dtos';
import { BidListResponse, BidResponse } from './bid.responses';

@ApiTags('bids')
@ApiBearerAuth()
@Controller('tenders/:id/bids')
export class BidsController {
  constructor(
    private readonly submitBid: SubmitBidUseCase,
    private readonly replaceBid: ReplaceBidUseCase,
    private readonly withdrawBid: WithdrawBidUseCase,
    private readonly confirmBid: ConfirmBidUseCase,
    private readonly bids: BidsQuery,
  ) {}

  @Post()
  @Roles('investor')
  @Idempotent({ echoesSealedBody: true })
  @ApiOperation({ summary: 'Submit a sealed bid; the answer carries a signed receipt' })
  @ApiCreatedResponse({ type: BidResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  submit(
    @CurrentUser() investor: AuthUser,
    @Param('id', ParseUUIDPipe) tenderId: string,
    @Body() body: BidContentDto,
  ): Promise<BidResponse> {
    return this.submitBid.execute(investor, tenderId, body);
  }

  @Put(':bidId')
  @Roles('investor')
  @ApiOperation({ summary: 'Replace the bid with a new version (before the deadline)' })
  @ApiOkResponse({ type: BidResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  replace(
    @CurrentUser() investor: AuthUser,
    @Param('id', ParseUUIDPipe) tenderId: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
    @Body() body: BidContentDto,
  ): Promise<BidResponse> {
    return this.replaceBid.execute(investor, tenderId, bidId, body);
  }

  @Post(':bidId/withdraw')
  @HttpCode(200)
  @Roles('investor')
  @ApiOperation({ summary: 'Withdraw the bid (before the deadline)' })
  @ApiOkResponse({ type: BidResponse })
  @ApiErrors(401, 403, 404, 409)
  withdraw(
    @CurrentUser() investor: AuthUser,
    @Param('id', ParseUUIDPipe) tenderId: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
  ): Promise<BidResponse> {
    return this.withdrawBid.execute(investor, tenderId, bidId);
  }

  @Post(':bidId/confirm')
  @HttpCode(200)
  @Roles('investor')
  @ApiOperation({ summary: 'Confirm an invalidated bid under the amended conditions' })
  @ApiOkResponse({ type: BidResponse })
  @ApiErrors(401, 403, 404, 409)
  confirm(
    @CurrentUser() investor: AuthUser,
    @Param('id', ParseUUIDPipe) tenderId: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
  ): Promise<BidResponse> {
    return this.confirmBid.execute(investor, tenderId, bidId);
  }

  @Get()
  @Roles('investor', 'officer', 'auditor')
  @ApiOperation({
    summary: 'Investors: own bids; officers and auditors: all, once opened (else 403 BIDS_SEALED)',
  })
  @ApiOkResponse({ type: BidListResponse })
  @ApiErrors(400, 401, 403, 404)
  list(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) tenderId: string,
    @Query() page: PageQueryDto,
  ): Promise<BidListResponse> {
    return this.bids.list(caller, tenderId, page.limit, page.offset);
  }

  @Get(':bidId')
  @Roles('investor', 'officer', 'auditor')
  @ApiOperation({
    summary: 'One bid: its owner, or officers and auditors once opened; anyone else 404',
  })
  @ApiOkResponse({ type: BidResponse })
  @ApiErrors(400, 401, 403, 404)
  get(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) tenderId: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
  ): Promise<BidResponse> {
    return this.bids.get(caller, tenderId, bidId);
  }
}
