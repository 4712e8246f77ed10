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
}
