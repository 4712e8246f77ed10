import { Module } from '@nestjs/common';
import { KeyRatesController } from './api/key-rates.controller';
import { KeyRatesQuery } from './application/key-rates.query';
import { RecordKeyRateUseCase } from './application/record-key-rate.use-case';
import { KeyRatesRepository } from './infrastructure/key-rates.repository';

/** The Bank of Russia key-rate table (DOMAIN.md §8); contracts read it for penalties. */
@Module({
  controllers: [KeyRatesController],
  providers: [KeyRatesRepository, KeyRatesQuery, RecordKeyRateUseCase],
  exports: [KeyRatesQuery],
})
export class KeyRatesModule {}
