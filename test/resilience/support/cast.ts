import type { ApiClient, SignedIn } from '../../support/api-client';
import type { Caller } from './access-table';

export type Cast = Record<Exclude<Caller, 'anonymous'>, SignedIn>;

/** One signed-in account per role: the admin of the start-up, the others fresh. */
export async function signInCast(api: ApiClient): Promise<Cast> {
  const admin = await api.signInAdmin();
  return {
    admin,
    officer: await api.createStaff(admin.token, 'officer'),
    auditor: await api.createStaff(admin.token, 'auditor'),
    investor: await api.registerInvestor(),
  };
}

export function tokenOf(cast: Cast, caller: Caller): string | undefined {
  return caller === 'anonymous' ? undefined : cast[caller].token;
}
