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
