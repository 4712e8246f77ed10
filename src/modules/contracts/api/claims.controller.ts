import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
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
import { Idempotent } from '../../../common/idempotency/idempotent.decorator';
import { ClaimsQuery } from '../application/claims.query';
import { IssueClaimUseCase } from '../application/issue-claim.use-case';
import { SettleClaimUseCase } from '../application/settle-claim.use-case';
import { ClaimPaymentDto, ClaimReasonDto, IssueClaimDto } from './claims.dtos';
import { ClaimListResponse, ClaimResponse } from './claims.responses';

/** CONTRACT.md §5, §6: claims that collect a contract's penalties and fines. */
@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts/:id/claims')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsQuery,
    private readonly issueClaim: IssueClaimUseCase,
    private readonly settleClaim: SettleClaimUseCase,
  ) {}

  @Post()
  @Roles('officer')
  @Idempotent()
  @ApiOperation({ summary: 'Claim what has accrued and no earlier claim took (officer)' })
  @ApiCreatedResponse({ type: ClaimResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  issue(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
    @Body() body: IssueClaimDto,
  ): Promise<ClaimResponse> {
    return this.issueClaim.execute(officer, contractId, body?.asOf);
  }

  @Get()
  @Roles('officer', 'auditor', 'investor')
  @ApiOperation({ summary: "The contract's claims, oldest first" })
  @ApiOkResponse({ type: ClaimListResponse })
  @ApiErrors(400, 401, 403, 404)
  list(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
  ): Promise<ClaimListResponse> {
    return this.claims.list(caller, contractId);
  }

  @Post(':cid/payment')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Record that the claim was paid, whole (officer)' })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  payment(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
    @Param('cid', ParseUUIDPipe) claimId: string,
    @Body() body: ClaimPaymentDto,
  ): Promise<ClaimResponse> {
    return this.settleClaim.execute(officer, contractId, claimId, { event: 'pay', ...body });
  }

  @Post(':cid/write-off')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Write the claim off, with a reason (officer)' })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  writeOff(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
    @Param('cid', ParseUUIDPipe) claimId: string,
    @Body() body: ClaimReasonDto,
  ): Promise<ClaimResponse> {
    return this.settleClaim.execute(officer, contractId, claimId, {
      event: 'write_off',
      reason: body.reason,
    });
  }

  @Post(':cid/withdraw')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Withdraw the claim, with a reason; its days may be claimed again' })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  withdraw(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
    @Param('cid', ParseUUIDPipe) claimId: string,
    @Body() body: ClaimReasonDto,
  ): Promise<ClaimResponse> {
    return this.settleClaim.execute(officer, contractId, claimId, {
      event: 'withdraw',
      reason: body.reason,
    });
  }
}
