import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public } from '../../../common/auth/auth.decorators';
import type { AuthUser } from '../../../common/auth/role';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { TendersQuery } from '../../tenders';
import { ScheduleQuery } from '../application/schedule.query';

class NextEventResponse {
  @ApiProperty({ example: 'submission_deadline' }) event: string;
  @ApiProperty({ example: '2026-12-22T09:00:00.000Z' }) at: string;
}

class BlockerResponse {
  @ApiProperty({ example: 'COMPLAINT_PENDING' }) code: string;
  @ApiProperty() message: string;
}

class ScheduleResponse {
  @ApiProperty({ example: 'tendering' }) status: string;
  @ApiProperty({ type: String, nullable: true }) nextCheckAt: string | null;
  @ApiProperty({ type: NextEventResponse, nullable: true }) next: NextEventResponse | null;
  @ApiProperty({ type: [BlockerResponse] }) blockedBy: BlockerResponse[];
}

@ApiTags('tenders')
@Public()
@Controller('tenders')
export class ScheduleController {
  constructor(
    private readonly tenders: TendersQuery,
    private readonly schedules: ScheduleQuery,
  ) {}

  @Get(':id/schedule')
  @ApiOperation({ summary: 'What happens next to the tender, when, and what blocks it' })
  @ApiOkResponse({ type: ScheduleResponse })
  @ApiErrors(400, 404)
  async schedule(
    @CurrentUser() caller: AuthUser | undefined,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ScheduleResponse> {
    return this.schedules.forTender(await this.tenders.visible(id, caller));
  }
}
