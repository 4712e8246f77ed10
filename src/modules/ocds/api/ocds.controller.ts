import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public } from '../../../common/auth/auth.decorators';
import type { AuthUser } from '../../../common/auth/role';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { SeqPageQueryDto } from '../../../common/http/page-query.dto';
import { OcdsFeedQuery } from '../application/ocds-feed.query';
import { OcdsPackageQuery } from '../application/ocds-package.query';

const PACKAGE_SCHEMA = {
  type: 'object',
  description: 'OCDS 1.1 release package (release-package-schema.json)',
  required: ['uri', 'publishedDate', 'version', 'publisher', 'releases'],
  properties: {
    uri: { type: 'string' },
    publishedDate: { type: 'string', format: 'date-time' },
    version: { type: 'string', example: '1.1' },
    publisher: { type: 'object', properties: { name: { type: 'string' } } },
    releases: { type: 'array', items: { type: 'object' } },
  },
};

const FEED_SCHEMA = {
  type: 'object',
  required: ['releases', 'next'],
  properties: {
    releases: { type: 'array', items: { type: 'object' } },
    next: { type: 'string', description: 'cursor for ?after=', example: '42' },
  },
};

@ApiTags('ocds')
@Controller()
export class OcdsController {
  constructor(
    private readonly packages: OcdsPackageQuery,
    private readonly feed: OcdsFeedQuery,
  ) {}

  @Public()
  @Get('tenders/:id/ocds')
  @ApiOperation({ summary: 'OCDS 1.1 release package of a tender; bid data only after opening' })
  @ApiOkResponse({ schema: PACKAGE_SCHEMA })
  @ApiErrors(400, 404)
  package(
    @CurrentUser() caller: AuthUser | undefined,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<Record<string, unknown>> {
    return this.packages.execute(id, caller);
  }

  @Public()
  @Get('ocds/releases')
  @ApiOperation({ summary: 'Feed of OCDS releases, one per published change, gap-free' })
  @ApiOkResponse({ schema: FEED_SCHEMA })
  @ApiErrors(400)
  releases(@Query() query: SeqPageQueryDto) {
    return this.feed.execute(query.after ?? 0, query.limit);
  }
}
