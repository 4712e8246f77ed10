import i18n from '../i18n';

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'ru-RU');

/** Money arrives as a decimal string; shown grouped with 2 decimals, never via float maths. */
export function formatRub(value: string | null | undefined): string {
  if (value == null) return '—';
  const [whole = '0', fraction = '00'] = value.split('.');
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  const sep = locale() === 'ru-RU' ? '\u00a0' : ',';
  const dec = locale() === 'ru-RU' ? ',' : '.';
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${negative ? '-' : ''}${grouped}${dec}${fraction.padEnd(2, '0').slice(0, 2)} ₽`;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Moscow',
  }).format(new Date(iso));
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale(), {
    dateStyle: 'medium',
    timeZone: 'Europe/Moscow',
  }).format(new Date(iso));
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}
