import type { FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error';
import { refusal, validationFailed, type FieldError } from '../errors/field-refusal';
import { safeContentType, safeFilename } from './file-names';

/** API.md: uploads are multipart/form-data, one file in field `file`, up to 20 MB each. */
export const UPLOAD_FIELD = 'file';
export const UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

export interface UploadedFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * Reads the one uploaded file into memory, before any transaction starts, so a slow
 * client never holds a lock. Every part is read to the end, so a second file (over the
 * plugin's `files: 1`) is refused rather than silently dropped. Every failure here is
 * the client's: 413 for a file over the limit or too many parts, else a 400 naming the
 * `file` field, never a 500.
 */
export async function readUploadedFile(req: FastifyRequest): Promise<UploadedFile> {
  if (!req.isMultipart()) {
    throw invalidFile(
      refusal(
        UPLOAD_FIELD,
        'the request must be multipart/form-data with the file in field "file"',
        'isMultipart',
      ),
    );
  }
  let upload: UploadedFile | undefined;
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue; // a few small fields are tolerated and ignored
      if (part.fieldname !== UPLOAD_FIELD) {
        part.file.resume(); // drain it, so the request still ends normally
        throw invalidFile(
          refusal(
            UPLOAD_FIELD,
            `the file must be sent in field "file", not "${part.fieldname}"`,
            'fileInField',
            UPLOAD_FIELD,
            part.fieldname,
          ),
        );
      }
      const bytes = await part.toBuffer();
      if (part.file.truncated) throw tooLarge();
      upload = {
        filename: safeFilename(part.filename),
        contentType: safeContentType(part.mimetype),
        bytes,
      };
    }
  } catch (error) {
    throw asClientError(error);
  }
  if (!upload) {
    throw invalidFile(refusal(UPLOAD_FIELD, 'a file is required in field "file"', 'fileRequired'));
  }
  if (upload.bytes.length === 0) {
    throw invalidFile(refusal(UPLOAD_FIELD, 'the file must not be empty', 'fileNotEmpty'));
  }
  return upload;
}

function asClientError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
  // The plugin's other 413s: more files, fields or parts than one upload needs.
  if (statusCode === 413) {
    return new DomainError(
      'PAYLOAD_TOO_LARGE',
      'The form has too many parts: send one file in field "file"',
    );
  }
  return invalidFile(
    refusal(UPLOAD_FIELD, 'the multipart body is malformed', 'multipartMalformed'),
  );
}

function invalidFile(problem: FieldError): DomainError {
  return validationFailed(`Invalid upload: ${problem.errors.join('; ')}`, [problem]);
}

function tooLarge(): DomainError {
  return new DomainError('PAYLOAD_TOO_LARGE', 'The file is larger than 20 MB', {
    limitBytes: UPLOAD_LIMIT_BYTES,
  });
}
