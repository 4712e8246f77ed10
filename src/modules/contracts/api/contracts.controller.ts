import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../../common/auth/auth.decorators';
import type { AuthUser } from '../../../common/auth/role';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { ComplianceQuery } from '../application/compliance.query';
import { ContractsQuery } from '../application/contracts.query';
import { CountersignContractUseCase } from '../application/countersign-contract.use-case';
import { SignContractUseCase } from '../application/sign-contract.use-case';
import { TerminateContractUseCase } from '../application/terminate-contract.use-case';
import { ContractListQueryDto, TerminationDto } from './contracts.dtos';
import { ComplianceResponse, ContractListResponse, ContractResponse } from './contracts.responses';

@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts')
export class ContractsController {
  constructor(
    private readonly contracts: ContractsQuery,
    private readonly signContract: SignContractUseCase,
    private readonly countersignContract: CountersignContractUseCase,
    private readonly terminateContract: TerminateContractUseCase,
    private readonly compliance: ComplianceQuery,
  ) {}

  @Get(':id/compliance')
  @Roles('officer', 'auditor', 'investor')
  @ApiOperation({
    summary:
      'Investment, schedule, penalties and the on_track / at_risk / breached verdict, as of now',
  })
  @ApiOkResponse({ type: ComplianceResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  complianceOf(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ComplianceResponse> {
    return this.compliance.forContract(caller, id);
  }

  @Get()
  @Roles('officer', 'auditor', 'investor')
  @ApiOperation({ summary: 'Contracts, by tender and status (investors: their own)' })
  @ApiOkResponse({ type: ContractListResponse })
  @ApiErrors(400, 401, 403)
  list(
    @CurrentUser() caller: AuthUser,
    @Query() query: ContractListQueryDto,
  ): Promise<ContractListResponse> {
    return this.contracts.list(
      caller,
      { tenderId: query.tenderId, status: query.status },
      query.limit,
      query.offset,
    );
  }

  @Get(':id')
  @Roles('officer', 'auditor', 'investor')
  @ApiOperation({ summary: 'One contract (investors: their own, others 404)' })
  @ApiOkResponse({ type: ContractResponse })
  @ApiErrors(400, 401, 403, 404)
  get(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ContractResponse> {
    return this.contracts.get(caller, id);
  }

  @Post(':id/sign')
  @HttpCode(200)
  @Roles('investor')
  @ApiOperation({ summary: 'The winner signs before its signing deadline' })
  @ApiOkResponse({ type: ContractResponse })
  @ApiErrors(401, 403, 404, 409)
  sign(
    @CurrentUser() investor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ContractResponse> {
    return this.signContract.execute(investor, id);
  }

  @Post(':id/countersign')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'An officer countersigns: the contract is active, the tender complete' })
  @ApiOkResponse({ type: ContractResponse })
  @ApiErrors(401, 403, 404, 409)
  countersign(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ContractResponse> {
    return this.countersignContract.execute(officer, id);
  }

  @Post(':id/terminate')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Terminate an active contract; the supplier is recorded as failed' })
  @ApiOkResponse({ type: ContractResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  terminate(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TerminationDto,
  ): Promise<ContractResponse> {
    return this.terminateContract.execute(officer, id, body.reason);
  }
}
