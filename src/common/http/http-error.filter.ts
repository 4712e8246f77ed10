import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error';
import { ERROR_STATUS, ErrorCode } from '../errors/error-codes';
import type { FieldConstraint } from '../errors/field-refusal';
import { RuleProblemsError } from '../errors/rule-problems';
import { isDependencyFailure } from './dependency-failure';

interface Envelope {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: unknown;
  /** One per `details` entry of a problem-list refusal (rule-problems.ts). */
  constraints?: FieldConstraint[];
}

/** Codes for errors raised by Nest or Fastify before our code runs. */
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/**
 * The one place where any error becomes API.md's envelope. Unknown errors are logged and
 * answered as 500 INTERNAL with no internals; a lost database or Redis is 503.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const { id, method } = host.switchToHttp().getRequest<FastifyRequest>();
    // Logs are not bound to the request (request-log.ts): the id ties a line to its request.
    const envelope = this.toEnvelope(error, { id, method });
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    // JSON whatever the route had set for its success (e.g. /metrics' text/plain).
    void reply
      .status(envelope.statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .send(envelope);
  }

  private toEnvelope(error: unknown, req: { id: string; method: string }): Envelope {
    if (error instanceof DomainError) {
      const envelope: Envelope = {
        statusCode: ERROR_STATUS[error.code],
        code: error.code,
        message: error.message,
      };
      if (error.details !== undefined) envelope.details = error.details;
      if (error instanceof RuleProblemsError) envelope.constraints = error.constraints;
      return envelope;
    }
    const status = httpStatusOf(error);
    if (status !== undefined && status < 500 && CODE_BY_STATUS[status]) {
      return {
        statusCode: status,
        code: CODE_BY_STATUS[status],
        message: clientMessage(error, status),
      };
    }
    if (status === 503 || isDependencyFailure(error)) {
      this.logger.warn({ err: error, req }, 'dependency unavailable');
      return {
        statusCode: 503,
        code: 'DEPENDENCY_UNAVAILABLE',
        message: 'A service this request needs is unavailable; try again shortly',
        ...(error instanceof HttpException ? { details: error.getResponse() } : {}),
      };
    }
    this.logger.error({ err: error, req }, 'unexpected error');
    return { statusCode: 500, code: 'INTERNAL', message: 'Internal error' };
  }
}

function httpStatusOf(error: unknown): number | undefined {
  if (error instanceof HttpException) return error.getStatus();
  // Fastify's own errors (body parser, content type, size limit) carry statusCode.
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

function clientMessage(error: unknown, status: number): string {
  switch (status) {
    case 400:
      return error instanceof SyntaxError || isFastifyJsonError(error)
        ? 'The request body is not valid JSON'
        : 'The request is malformed';
    case 401:
      return 'Authentication required';
    case 404:
      return 'Not found';
    case 413:
      return 'The request body is too large';
    case 415:
      return 'Unsupported content type';
    case 429:
      return 'Too many requests; slow down and try again later';
    default:
      return 'Request refused';
  }
}

function isFastifyJsonError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('FST_ERR_CTP');
}
