import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../../../common/auth/auth.decorators';
import type { AuthUser } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import { NotificationsQuery } from '../application/notifications.query';

class NotificationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'deadline_reminder_24h' }) kind: string;
  @ApiProperty({ example: 'tender' }) subjectType: string;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty({ example: 'Bids close in 24 hours' }) message: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) readAt: string | null;
}

class NotificationListResponse {
  @ApiProperty({ type: [NotificationResponse] }) items: NotificationResponse[];
  @ApiProperty({ example: 1 }) total: number;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsQuery,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Your own notifications, newest first' })
  @ApiOkResponse({ type: NotificationListResponse })
  @ApiErrors(400, 401)
  list(
    @CurrentUser() user: AuthUser,
    @Query() page: PageQueryDto,
  ): Promise<NotificationListResponse> {
    return this.notifications.list(user.id, page.limit, page.offset);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of your notifications read' })
  @ApiOkResponse({ type: NotificationResponse })
  @ApiErrors(400, 401, 404)
  async read(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<NotificationResponse> {
    return this.notifications.markRead(user.id, id, await this.clock.now());
  }
}
