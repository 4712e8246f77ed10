import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../../common/auth/auth.decorators';
import type { AuthUser } from '../../../common/auth/role';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { Idempotent } from '../../../common/idempotency/idempotent.decorator';
import { DecideComplaintUseCase } from '../application/decide-complaint.use-case';
import { FileComplaintUseCase } from '../application/file-complaint.use-case';
import { ComplaintDecisionDto, ComplaintDto } from './contracts.dtos';
import { ComplaintResponse } from './contracts.responses';

@ApiTags('complaints')
@ApiBearerAuth()
@Controller('tenders/:id/complaints')
export class ComplaintsController {
  constructor(
    private readonly fileComplaint: FileComplaintUseCase,
    private readonly decideComplaint: DecideComplaintUseCase,
  ) {}

  @Post()
  @Roles('investor')
  @Idempotent()
  @ApiOperation({ summary: 'Complain during the stand-still (investors whose bids were opened)' })
  @ApiCreatedResponse({ type: ComplaintResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  file(
    @CurrentUser() investor: AuthUser,
    @Param('id', ParseUUIDPipe) tenderId: string,
    @Body() body: ComplaintDto,
  ): Promise<ComplaintResponse> {
    return this.fileComplaint.execute(investor, tenderId, body.subject, body.text);
  }

  @Post(':cid/decision')
  @Roles('admin')
  @ApiOperation({ summary: "Record the review body's decision: upheld or dismissed" })
  @ApiCreatedResponse({ type: ComplaintResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  decide(
    @CurrentUser() admin: AuthUser,
    @Param('id', ParseUUIDPipe) tenderId: string,
    @Param('cid', ParseUUIDPipe) complaintId: string,
    @Body() body: ComplaintDecisionDto,
  ): Promise<ComplaintResponse> {
    return this.decideComplaint.execute(admin, tenderId, complaintId, body.decision, body.reason);
  }
}
