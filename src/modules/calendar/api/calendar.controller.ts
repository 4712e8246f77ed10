import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../../common/auth/auth.decorators';
import type { AuthUser } from '../../../common/auth/role';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { CalendarYearQuery } from '../application/calendar-year.query';
import { ReplaceNonWorkingDaysUseCase } from '../application/replace-non-working-days.use-case';
import { CalendarYearParams, ReplaceNonWorkingDaysDto } from './calendar.dtos';
import { CalendarYearResponse } from './calendar.responses';

@ApiTags('reference data')
@ApiBearerAuth()
@Controller('admin/calendar')
export class CalendarController {
  constructor(
    private readonly yearQuery: CalendarYearQuery,
    private readonly replaceDays: ReplaceNonWorkingDaysUseCase,
  ) {}

  // Officers and auditors read it too: it decides which deadlines they may set or check.
  @Get(':year')
  @Roles('admin', 'officer', 'auditor')
  @ApiOperation({ summary: 'Non-working days of a year (Moscow), from the table or the fallback' })
  @ApiOkResponse({ type: CalendarYearResponse })
  @ApiErrors(400, 401, 403)
  year(@Param() params: CalendarYearParams): Promise<CalendarYearResponse> {
    return this.yearQuery.execute(params.year);
  }

  @Put(':year')
  @Roles('admin')
  @ApiOperation({
    summary: "Replace a year's non-working days (e.g. after the government's decree)",
  })
  @ApiOkResponse({ type: CalendarYearResponse })
  @ApiErrors(400, 401, 403)
  replace(
    @CurrentUser() actor: AuthUser,
    @Param() params: CalendarYearParams,
    @Body() body: ReplaceNonWorkingDaysDto,
  ): Promise<CalendarYearResponse> {
    return this.replaceDays.execute(actor, params.year, body.nonWorkingDays);
  }
}
