import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Options } from 'pino-http';

/**
 * JSON logs with the request id. Requests are logged by method and route pattern only:
 * no headers (Authorization), no bodies (passwords, sealed bids), no URLs with ids.
 */
export function pinoHttpOptions(level: string, format: 'json' | 'pretty' = 'json'): Options {
  return {
    level,
    // pino-pretty formats in pino's transport thread, so the request path pays nothing more.
    ...(format === 'pretty'
      ? {
          transport: {
            target: 'pino-pretty',
            options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' },
          },
        }
      : {}),
    genReqId: (req: IncomingMessage) => String(req.headers['x-request-id'] ?? ''),
    serializers: {
      req: (req: { id: string; method: string }) => ({ id: req.id, method: req.method }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers', 'password', '*.password', 'passwordHash'], remove: true },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) =>
      error || res.statusCode >= 500 ? 'error' : 'info',
    customSuccessMessage: (req: IncomingMessage, res: ServerResponse) =>
      `${req.method} ${(req as { routePattern?: string }).routePattern ?? ''} ${res.statusCode}`,
    customErrorMessage: (req: IncomingMessage, res: ServerResponse) =>
      `${req.method} ${(req as { routePattern?: string }).routePattern ?? ''} ${res.statusCode}`,
  };
}
