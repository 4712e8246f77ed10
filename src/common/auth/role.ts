export const ROLES = ['admin', 'officer', 'auditor', 'investor'] as const;
export type Role = (typeof ROLES)[number];

/** Who acts: a signed-in user, or the system itself (scheduler, start-up). */
export interface Actor {
  id: string;
  role: Role;
}

/** The authenticated caller of an HTTP request. */
export interface AuthUser extends Actor {
  organizationId: string | null;
  /**
   * The caller's organization as the guard read it with the account, when there is one
   * (a request's answer may name it without reading it again).
   */
  organization?: { id: string; name: string; inn: string };
}
