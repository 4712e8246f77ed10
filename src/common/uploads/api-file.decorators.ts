import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse } from '@nestjs/swagger';
import { UPLOAD_FIELD } from './uploaded-file';

/** A multipart/form-data body with one binary file in field `file`. */
export function ApiFileUpload() {
  return applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: [UPLOAD_FIELD],
        properties: { [UPLOAD_FIELD]: { type: 'string', format: 'binary' } },
      },
    }),
  );
}

/**
 * A file download: the bytes, sent as an attachment. The binary type is set on the 200
 * alone (not with @ApiProduces, which would also relabel the JSON error bodies).
 */
export function ApiFileDownload() {
  return ApiOkResponse({
    description: 'The file, with its stored content type and Content-Disposition: attachment',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  });
}
