import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
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
import { ReportProgressUseCase } from '../application/report-progress.use-case';
import { ReviewReportUseCase } from '../application/review-report.use-case';
import { ProgressReportDto, ReviewDto } from './contracts.dtos';
import { ReportResponse, ReviewResultResponse } from './contracts.responses';

@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts/:id/milestones/:mid/reports')
export class MilestonesController {
  constructor(
    private readonly reportProgress: ReportProgressUseCase,
    private readonly reviewReport: ReviewReportUseCase,
  ) {}

  @Post()
  @Roles('investor')
  @Idempotent()
  @ApiOperation({ summary: 'Report progress on a milestone (owning investor)' })
  @ApiCreatedResponse({ type: ReportResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  report(
    @CurrentUser() investor: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
    @Param('mid', ParseUUIDPipe) milestoneId: string,
    @Body() body: ProgressReportDto,
  ): Promise<ReportResponse> {
    return this.reportProgress.execute(investor, contractId, milestoneId, body);
  }

  @Post(':rid/review')
  @HttpCode(200)
  @Roles('auditor')
  @ApiOperation({ summary: "An auditor's verdict on a report: accepted or rejected, once" })
  @ApiOkResponse({ type: ReviewResultResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  review(
    @CurrentUser() auditor: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
    @Param('mid', ParseUUIDPipe) milestoneId: string,
    @Param('rid', ParseUUIDPipe) reportId: string,
    @Body() body: ReviewDto,
  ): Promise<ReviewResultResponse> {
    return this.reviewReport.execute(
      auditor,
      contractId,
      milestoneId,
      reportId,
      body.decision,
      body.comment,
    );
  }
}
