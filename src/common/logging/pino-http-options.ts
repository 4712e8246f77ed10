import type { Options } from 'pino-http';

/**
 * The process's pino logger (nestjs-pino builds it through pino-http): JSON, or pretty for a
 * terminal. Requests are logged by request-log.ts by method and route pattern only: no
 * headers (Authorization), no bodies (passwords, sealed bids), no URLs with ids.
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
    serializers: {
      req: (req: { id: string; method: string }) => ({ id: req.id, method: req.method }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    redact: { paths: ['req.headers', 'password', '*.password', 'passwordHash'], remove: true },
  };
}
