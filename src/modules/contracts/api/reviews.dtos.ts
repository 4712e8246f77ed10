import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import type { PendingReviewKind } from '../infrastructure/pending-review-rows';
import { PENDING_REVIEW_KINDS } from './reviews.responses';

export class PendingReviewsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PENDING_REVIEW_KINDS, description: 'Only reports of this kind' })
  @IsOptional()
  @IsIn(PENDING_REVIEW_KINDS)
  kind?: PendingReviewKind;
}
