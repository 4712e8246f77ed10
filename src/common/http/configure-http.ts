import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger, PinoLogger } from 'nestjs-pino';
import { logAnsweredRequests } from '../logging/request-log';
import { UPLOAD_LIMIT_BYTES } from '../uploads/uploaded-file';
import { HttpErrorFilter } from './http-error.filter';
import { securityHeaders } from './security-headers';
import { serveConsole } from './serve-console';
import { createValidationPipe } from './validation.pipe';

export const API_PREFIX = 'api/v1';
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Everything HTTP-specific that main.ts and the e2e tests must set up the same way. */
export async function configureHttp(app: NestFastifyApplication): Promise<void> {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  const helmetHeaders = securityHeaders({
    // Swagger UI needs its inline scripts and styles; everything else keeps helmet's defaults.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // Plain-HTTP local runs must keep loading Swagger UI's assets.
        upgradeInsecureRequests: null,
      },
    },
  });
  // Uploads stream past the 1 MB JSON body limit, capped per file instead: one file of
  // at most 20 MB and a few small fields; req.file() reads it in the controller.
  await app.register(multipart, {
    limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024 },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    // Every answer, errors and 404s included, carries helmet's headers and the request id.
    void reply.headers(helmetHeaders);
    void reply.header('x-request-id', request.id);
    done();
  });
  // nestjs-pino's root logger, set when the app initializes (before the first request).
  logAnsweredRequests(fastify, () => PinoLogger.root);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('offset-tender API')
      .setDescription('Electronic tender for an offset contract (API.md, version 1)')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs-json',
    swaggerOptions: { persistAuthorization: true },
  });
  await serveConsole(app);
}
