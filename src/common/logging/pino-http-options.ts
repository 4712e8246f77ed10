import { destination, type DestinationStream } from 'pino';
import type { Options } from 'pino-http';

/**
 * The process's pino logger (nestjs-pino builds it through pino-http): JSON, or pretty for a
 * terminal. Requests are logged by request-log.ts by method and route pattern only: no
 * headers (Authorization), no bodies (passwords, sealed bids), no URLs with ids.
 *
 * JSON goes to stdout asynchronously: a line written while a write is in flight joins the
 * next one, so under load one write(2) carries many lines instead of one each (3 % of the
 * intake's profile was the request line's synchronous write). pino flushes what is pending
 * when the process exits; only a SIGKILL can lose the last lines, never a record: every
 * state change's audit event is in the database.
 */
export function pinoHttpParams(
  level: string,
  format: 'json' | 'pretty' = 'json',
): Options | [Options, DestinationStream] {
  const options = pinoHttpOptions(level, format);
  return format === 'json' ? [options, destination({ dest: 1, sync: false })] : options;
}

function pinoHttpOptions(level: string, format: 'json' | 'pretty'): Options {
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
