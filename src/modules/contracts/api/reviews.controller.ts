import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../common/auth/auth.decorators';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { PendingReviewsQuery } from '../application/pending-reviews.query';
import { PendingReviewsQueryDto } from './reviews.dtos';
import { PendingReviewListResponse } from './reviews.responses';

/** The review queue across contracts: what the auditors still have to accept or reject. */
@ApiTags('contracts')
@ApiBearerAuth()
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly pending: PendingReviewsQuery) {}

  @Get('pending')
  @Roles('auditor', 'officer')
  @ApiOperation({
    summary:
      'Milestone and production reports awaiting review across every active contract, oldest first (auditors; officers read)',
  })
  @ApiOkResponse({ type: PendingReviewListResponse })
  @ApiErrors(400, 401, 403)
  list(@Query() query: PendingReviewsQueryDto): Promise<PendingReviewListResponse> {
    return this.pending.list(query.kind, query.limit, query.offset);
  }
}
