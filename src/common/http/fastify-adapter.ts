import { FastifyAdapter } from '@nestjs/platform-fastify';
import { requestIdFor } from './request-id';
import { BODY_LIMIT_BYTES } from './configure-http';

export function createFastifyAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: requestIdFor,
    // X-Forwarded-For is not trusted: a client could rotate it to dodge login throttling.
    trustProxy: false,
    logger: false,
  });
}
