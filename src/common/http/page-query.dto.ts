import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** API.md's list convention: `?limit=`, default 50, max 200. */
class LimitQueryDto {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;
}

/** Paging a list by position: `?limit=&offset=`. */
export class PageQueryDto extends LimitQueryDto {
  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset: number = 0;
}

/** Paging along the audit chain or the release feed: `?after=<seq>&limit=`. */
export class SeqPageQueryDto extends LimitQueryDto {
  @ApiPropertyOptional({ description: 'Only entries with a greater seq', example: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after?: number;
}
