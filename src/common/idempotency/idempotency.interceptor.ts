import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, Observable, of } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { canonicalJson } from '../canonical-json/canonical-json';
import { DomainError } from '../errors/domain-error';
import { refusal, validationFailed } from '../errors/field-refusal';
import { IdempotencyCipher } from './idempotency-cipher';
import { IdempotencyStore } from './idempotency.store';
import { IDEMPOTENT_ROUTE, type IdempotentOptions } from './idempotent-route';

/**
 * The one Idempotency-Key mechanism. A key is claimed with an insert before the use case
 * runs, so two concurrent requests with one key cannot both create; the response is
 * stored when the use case succeeds, and the claim is released when it fails, so the
 * client can correct its request and retry with the same key.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly store: IdempotencyStore,
    private readonly cipher: IdempotencyCipher,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<IdempotentOptions | undefined>(
      IDEMPOTENT_ROUTE,
      context.getHandler(),
    );
    if (!options) return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    const key = request.headers['idempotency-key'];
    if (key === undefined || !request.user) return next.handle();
    if (typeof key !== 'string' || key.length < 1 || key.length > 128) {
      throw validationFailed('Idempotency-Key must be 1 to 128 characters', [
        refusal('Idempotency-Key', 'must be 1 to 128 characters', 'isLength', 1, 128),
      ]);
    }
    const userId = request.user.id;
    // The caller is part of the hashed text, so two investors' equal bids hash apart too.
    const requestHash = this.cipher.requestHash(
      `${userId} ${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`,
    );
    const status =
      this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;

    return from(this.store.claim(userId, key, requestHash)).pipe(
      mergeMap((claim) => {
        if (claim.kind === 'replay') {
          if (claim.requestHash !== requestHash) {
            throw new DomainError(
              'IDEMPOTENCY_KEY_REUSED',
              'This Idempotency-Key was used with a different request',
            );
          }
          if (claim.response === undefined) {
            throw new DomainError(
              'IDEMPOTENCY_KEY_IN_PROGRESS',
              'A request with this Idempotency-Key is still being processed',
            );
          }
          return of(options.echoesSealedBody ? this.cipher.open(claim.response) : claim.response);
        }
        return next.handle().pipe(
          mergeMap(async (body: unknown) => {
            await this.store.complete(
              userId,
              key,
              status,
              options.echoesSealedBody ? this.cipher.seal(body) : body,
            );
            return body;
          }),
          catchError(async (error: unknown) => {
            await this.store.release(userId, key);
            throw error;
          }),
        );
      }),
    );
  }
}
