import { Controller, Get, Param, ParseUUIDPipe, Post, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentUser, Public, Roles } from '../../../common/auth/auth.decorators';
import type { AuthUser } from '../../../common/auth/role';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { ApiFileDownload, ApiFileUpload } from '../../../common/uploads/api-file.decorators';
import { DocumentResponse } from '../../../common/uploads/document.response';
import { fileDownload } from '../../../common/uploads/file-download';
import { readUploadedFile } from '../../../common/uploads/uploaded-file';
import { TenderDocumentsQuery } from '../application/tender-documents.query';
import { UploadTenderDocumentUseCase } from '../application/upload-tender-document.use-case';

@ApiTags('tenders')
@ApiBearerAuth()
@Controller('tenders/:id/documents')
export class TenderDocumentsController {
  constructor(
    private readonly uploadDocument: UploadTenderDocumentUseCase,
    private readonly documents: TenderDocumentsQuery,
  ) {}

  @Post()
  @Roles('officer')
  @ApiOperation({ summary: 'Upload a tender document (draft or tendering), up to 20 MB' })
  @ApiFileUpload()
  @ApiCreatedResponse({ type: DocumentResponse })
  @ApiErrors(400, 401, 403, 404, 409, 413)
  async upload(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) tenderId: string,
    @Req() req: FastifyRequest,
  ): Promise<DocumentResponse> {
    return this.uploadDocument.execute(officer, tenderId, await readUploadedFile(req));
  }

  @Public()
  @Get(':docId')
  @ApiOperation({ summary: 'Download a tender document (as visible as the tender)' })
  @ApiFileDownload()
  @ApiErrors(400, 404)
  async download(
    @CurrentUser() caller: AuthUser | undefined,
    @Param('id', ParseUUIDPipe) tenderId: string,
    @Param('docId', ParseUUIDPipe) documentId: string,
  ): Promise<StreamableFile> {
    return fileDownload(await this.documents.download(caller, tenderId, documentId));
  }
}
