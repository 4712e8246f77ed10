import { randomBytes, randomInt } from 'node:crypto';

const INN_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** A random 10-digit legal-entity INN with a correct check digit. */
export function validInn(): string {
  const digits = Array.from({ length: 9 }, (_, i) =>
    i === 0 ? randomInt(1, 10) : randomInt(0, 10),
  );
  const sum = digits.reduce((acc, d, i) => acc + d * INN_WEIGHTS[i], 0);
  return [...digits, (sum % 11) % 10].join('');
}

export function uniqueEmail(who = 'user'): string {
  return `${who}-${randomBytes(6).toString('hex')}@example.org`;
}

export const PASSWORD = 'correct horse battery staple';

export function anInvestorRegistration(overrides: Record<string, unknown> = {}) {
  return {
    email: uniqueEmail('investor'),
    password: PASSWORD,
    fullName: 'Irina Petrova',
    organization: { name: `Battery Works ${randomBytes(3).toString('hex')}`, inn: validInn() },
    ...overrides,
  };
}
