/**
 * A key rate in percent per year as a decimal string: 0 to 99.99 with at most 2 decimals
 * ("16", "16.5", "16.00"). Never a JSON number, like every money-like value (API.md).
 */
export const KEY_RATE_PCT_PATTERN = /^(0|[1-9]\d?)(\.\d{1,2})?$/;
