/**
 * The vocabulary every route and module policy speaks. A route declares what it needs in
 * `config.permission`; a module's `policy.ts` maps each of its permissions to the roles that hold it.
 */
export const ROLES = ['admin', 'editor', 'partner', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** `public`: readable without an account. Otherwise `<module>:<action>`, e.g. `statistics:write`. */
export type Permission = 'public' | `${string}:${string}`;

export type ModulePolicy = Readonly<Record<string, readonly Role[]>>;

/** The signed-in person as routes see it (`request.user`, null for the public). */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** The organisation a partner account belongs to (stakeholders module); null for staff. */
  organisationId: string | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: Permission;
  }
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

/** What a permission check decides for a request. */
export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden';

/**
 * The one rule: `public` is open to everybody; any other permission needs a signed-in user whose
 * role the policy lists. A permission no policy names is refused to everybody (fail closed).
 */
export function decideAccess(
  permission: Permission | undefined,
  user: SessionUser | null,
  policy: ModulePolicy,
): AccessDecision {
  if (permission === 'public') return 'allow';
  if (!user) return 'unauthenticated';
  if (!permission) return 'forbidden';
  const roles = policy[permission];
  return roles?.includes(user.role) ? 'allow' : 'forbidden';
}

/** Merges module policies into one; a permission declared twice is a programming error. */
export function mergePolicies(policies: readonly ModulePolicy[]): ModulePolicy {
  const merged: Record<string, readonly Role[]> = {};
  for (const policy of policies) {
    for (const [permission, roles] of Object.entries(policy)) {
      if (permission in merged) throw new Error(`permission ${permission} is declared twice`);
      merged[permission] = roles;
    }
  }
  return merged;
}
