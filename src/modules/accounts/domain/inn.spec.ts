import { Inn } from './inn';

describe('Inn (legal entity, 10 digits)', () => {
  it.each([
    ['7707083893', 'Sberbank'],
    ['7736207543', 'Yandex'],
    ['7710140679', 'Moscow Government-registered entity'],
  ])('accepts %s (%s)', (inn) => {
    expect(Inn.isValid(inn)).toBe(true);
    expect(Inn.parse(inn)?.value).toBe(inn);
  });

  it('rejects a wrong check digit', () => {
    expect(Inn.isValid('7707083894')).toBe(false);
  });

  it('computes the check digit as (weighted sum mod 11) mod 10', () => {
    // 1234567890: 2+8+30+12+25+54+28+48+72 = 279; 279 mod 11 = 4 → check digit 4.
    expect(Inn.isValid('1234567894')).toBe(true);
    expect(Inn.isValid('1234567890')).toBe(false);
  });

  it.each(['', '770708389', '77070838931', '77070838a3', '770708389 '])(
    'rejects a malformed value %p',
    (inn) => expect(Inn.parse(inn)).toBeNull(),
  );
});
