import { randomBytes } from 'node:crypto';
import { innFor } from '../../src/cli/data';

/** A random 10-digit legal-entity INN with a correct check digit (the demo's generator). */
export const validInn = innFor;

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
