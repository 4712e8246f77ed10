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
import { FileProductionReportUseCase } from '../application/file-production-report.use-case';
import { OrdersQuery } from '../application/orders.query';
import { ReviewProductionReportUseCase } from '../application/review-production-report.use-case';
import { ReviewDto } from './contracts.dtos';
import { ProductionReportDto } from './production-reports.dtos';
import {
  ProductionReportListResponse,
  ProductionReportResponse,
} from './production-reports.responses';

/** CONTRACT.md §4: the investor's yearly production, the base of the output-share check. */
@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts/:id/production-reports')
export class ProductionReportsController {
  constructor(
    private readonly fileReport: FileProductionReportUseCase,
    private readonly reviewReport: ReviewProductionReportUseCase,
    private readonly reads: OrdersQuery,
  ) {}

  @Post()
  @Roles('investor')
  @Idempotent()
  @ApiOperation({ summary: "Report a year's production per item (owning investor)" })
  @ApiCreatedResponse({ type: ProductionReportResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  file(
    @CurrentUser() investor: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
    @Body() body: ProductionReportDto,
  ): Promise<ProductionReportResponse> {
    return this.fileReport.execute(investor, contractId, body);
  }

  @Get()
  @Roles('officer', 'auditor', 'investor')
  @ApiOperation({ summary: "The contract's production reports with their reviews" })
  @ApiOkResponse({ type: ProductionReportListResponse })
  @ApiErrors(400, 401, 403, 404)
  list(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
  ): Promise<ProductionReportListResponse> {
    return this.reads.productionReports(caller, contractId);
  }

  @Post(':rid/review')
  @HttpCode(200)
  @Roles('auditor')
  @ApiOperation({ summary: "An auditor's verdict on a production report, once" })
  @ApiOkResponse({ type: ProductionReportResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  review(
    @CurrentUser() auditor: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
    @Param('rid', ParseUUIDPipe) reportId: string,
    @Body() body: ReviewDto,
  ): Promise<ProductionReportResponse> {
    return this.reviewReport.execute(auditor, contractId, reportId, body.decision, body.comment);
  }
}
