import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** web/dist, from src/common/http (ts) and dist/common/http (built) alike. */
export const CONSOLE_DIST = join(__dirname, '..', '..', '..', 'web', 'dist');

/**
 * The web console (issue 18) at `/`: its hashed assets as files, and index.html for any
 * other GET outside the API and Swagger, so the single-page app's own routes load on a
 * reload. API and Swagger paths keep the error envelope's 404. Skipped when the console
 * was not built (a server-only checkout still starts).
 */
export async function serveConsole(app: NestFastifyApplication, root = CONSOLE_DIST) {
  if (!existsSync(join(root, 'index.html'))) return;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    setHeaders: (reply, path) => {
      // Vite names every asset by its content hash; index.html must always be re-read.
      void reply.header(
        'cache-control',
        path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
      );
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request, reply) => {
    if (/^\/(api|docs)(\/|-|$)/.test(request.url)) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
