import { Controller, Get, Param, ParseUUIDPipe, Post, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentUser, Roles } from '../../../common/auth/auth.decorators';
import type { AuthUser } from '../../../common/auth/role';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { ApiFileDownload, ApiFileUpload } from '../../../common/uploads/api-file.decorators';
import { DocumentResponse } from '../../../common/uploads/document.response';
import { fileDownload } from '../../../common/uploads/file-download';
import { readUploadedFile } from '../../../common/uploads/uploaded-file';
import { BidDocumentsQuery } from '../application/bid-documents.query';
import { UploadBidDocumentUseCase } from '../application/upload-bid-document.use-case';

@ApiTags('bids')
@ApiBearerAuth()
@Controller('tenders/:id/bids/:bidId/documents')
export class BidDocumentsController {
  constructor(
    private readonly uploadDocument: UploadBidDocumentUseCase,
    private readonly documents: BidDocumentsQuery,
  ) {}

  @Post()
  @Roles('investor')
  @ApiOperation({
    summary: 'Upload a document to your bid before the deadline, sealed like the bid (≤ 20 MB)',
  })
  @ApiFileUpload()
  @ApiCreatedResponse({ type: DocumentResponse })
  @ApiErrors(400, 401, 403, 404, 409, 413)
  async upload(
    @CurrentUser() investor: AuthUser,
    @Param('id', ParseUUIDPipe) tenderId: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
    @Req() req: FastifyRequest,
  ): Promise<DocumentResponse> {
    return this.uploadDocument.execute(investor, tenderId, bidId, await readUploadedFile(req));
  }

  @Get(':docId')
  @Roles('investor', 'officer', 'auditor')
  @ApiOperation({
    summary:
      'Download a bid document once opened (owner, officers, auditors); before: owner 409, others 404',
  })
  @ApiFileDownload()
  @ApiErrors(400, 401, 403, 404, 409)
  async download(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) tenderId: string,
    @Param('bidId', ParseUUIDPipe) bidId: string,
    @Param('docId', ParseUUIDPipe) documentId: string,
  ): Promise<StreamableFile> {
    return fileDownload(await this.documents.download(caller, tenderId, bidId, documentId));
  }
}
