import { Injectable } from '@nestjs/common';
import { KeyRatesRepository } from '../infrastructure/key-rates.repository';
import type { KeyRateView } from './key-rate-view';

/**
 * Every recorded key rate, oldest first: what other modules (contract penalties) read.
 * Not cached: a compliance check reads it once, and a new rate must count at once.
 */
@Injectable()
export class KeyRatesQuery {
  constructor(private readonly rates: KeyRatesRepository) {}

  list(): Promise<KeyRateView[]> {
    return this.rates.all();
  }
}
