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
import { ContractDocuments } from '../application/contract-documents';

@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts/:id/documents')
export class ContractDocumentsController {
  constructor(private readonly documents: ContractDocuments) {}

  @Post()
  @Roles('investor')
  @ApiOperation({ summary: 'File evidence for progress reports (owning investor), up to 20 MB' })
  @ApiFileUpload()
  @ApiCreatedResponse({ type: DocumentResponse })
  @ApiErrors(400, 401, 403, 404, 409, 413)
  async upload(
    @CurrentUser() investor: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
    @Req() req: FastifyRequest,
  ): Promise<DocumentResponse> {
    return this.documents.upload(investor, contractId, await readUploadedFile(req));
  }

  @Get(':docId')
  @Roles('officer', 'auditor', 'investor')
  @ApiOperation({ summary: 'Download evidence (officers, auditors, the owning investor)' })
  @ApiFileDownload()
  @ApiErrors(400, 401, 403, 404)
  async download(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
    @Param('docId', ParseUUIDPipe) documentId: string,
  ): Promise<StreamableFile> {
    return fileDownload(await this.documents.download(caller, contractId, documentId));
  }
}
