export { KeyRatesQuery } from './application/key-rates.query';
export { KEY_RATE_PCT_PATTERN } from './domain/key-rate-pct';
export { KeyRatesModule } from './key-rates.module';
