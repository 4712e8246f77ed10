import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../common/auth/auth.decorators';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { ListCheckpointsQuery } from '../application/list-checkpoints.query';
import { SeqPageQueryDto } from '../../../common/http/page-query.dto';
import { AuditCheckpointListResponse } from './audit.responses';

/**
 * Public, unlike the rest of /audit: a checkpoint only proves something if anyone can
 * keep a copy of it (DOMAIN.md §9), and it reveals no event, only a hash.
 */
@ApiTags('audit')
@Public()
@Controller('audit')
export class AuditCheckpointsController {
  constructor(private readonly listCheckpoints: ListCheckpointsQuery) {}

  @Get('checkpoints')
  @ApiOperation({ summary: 'Signed audit chain heads (Ed25519), in seq order' })
  @ApiOkResponse({ type: AuditCheckpointListResponse })
  @ApiErrors(400)
  checkpoints(@Query() query: SeqPageQueryDto): Promise<AuditCheckpointListResponse> {
    return this.listCheckpoints.execute({ after: query.after, limit: query.limit });
  }
}
