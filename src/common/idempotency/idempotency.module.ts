import { Global, Module } from '@nestjs/common';
import { IdempotencyCipher } from './idempotency-cipher';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyStore } from './idempotency.store';

/** The Idempotency-Key mechanism, for every feature module's @Idempotent() routes. */
@Global()
@Module({
  providers: [IdempotencyStore, IdempotencyCipher, IdempotencyInterceptor],
  exports: [IdempotencyStore, IdempotencyCipher, IdempotencyInterceptor],
})
export class IdempotencyModule {}
