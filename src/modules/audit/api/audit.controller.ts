import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/auth/auth.decorators';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { ListAuditEventsQuery } from '../application/list-audit-events.query';
import { VerifyAuditChainQuery } from '../application/verify-audit-chain.query';
import { AuditEventsQueryDto } from './audit-events.query.dto';
import { AuditEventListResponse, AuditVerificationResponse } from './audit.responses';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('auditor', 'admin')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly listEvents: ListAuditEventsQuery,
    private readonly verifyChain: VerifyAuditChainQuery,
  ) {}

  @Get('events')
  @ApiOperation({ summary: 'Audit events in chain order' })
  @ApiOkResponse({ type: AuditEventListResponse })
  @ApiErrors(400, 401, 403)
  events(@Query() query: AuditEventsQueryDto): Promise<AuditEventListResponse> {
    return this.listEvents.execute(query);
  }

  @Get('verify')
  @ApiOperation({ summary: 'Re-hash the whole chain and report the first broken link' })
  @ApiOkResponse({ type: AuditVerificationResponse })
  @ApiErrors(401, 403)
  verify(): Promise<AuditVerificationResponse> {
    return this.verifyChain.execute();
  }
}
