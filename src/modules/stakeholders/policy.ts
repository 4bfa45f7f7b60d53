import type { ModulePolicy, SessionUser } from '../../platform/auth/permissions.ts';
import { AppError } from '../../platform/errors.ts';

/** Who may read and change the stakeholder register; contact persons only for editors and admins. */
export const stakeholdersPolicy = {
  'stakeholders:read': ['admin', 'editor', 'partner', 'viewer'],
  'stakeholders:write': ['admin', 'editor'],
  'stakeholders:personal': ['admin', 'editor'],
} as const satisfies ModulePolicy;

export type StakeholdersPermission = keyof typeof stakeholdersPolicy;

/**
 * A signed-in user without the permission is refused here. Without a user the platform's
 * authentication decides (it reads the route's `config.permission`).
 */
export function assertAllowed(user: SessionUser | null, permission: StakeholdersPermission): void {
  if (user && !(stakeholdersPolicy[permission] as readonly string[]).includes(user.role)) {
    throw new AppError('forbidden', {
      message: `role ${user.role} lacks ${permission}`,
      userMessage: 'Für diese Aktion fehlt Ihnen die Berechtigung.',
    });
  }
}

/** Personal data (contact persons) is shown only to a signed-in editor or admin, never to the public. */
export function maySeePersonalData(user: SessionUser | null): boolean {
  return (
    user !== null && (stakeholdersPolicy['stakeholders:personal'] as readonly string[]).includes(user.role)
  );
}

export function assertPersonalData(user: SessionUser | null): void {
  if (!maySeePersonalData(user)) {
    throw new AppError('forbidden', {
      message: 'personal data requires stakeholders:personal',
      userMessage:
        'Kontaktpersonen sind personenbezogene Daten und nur für angemeldete Redaktion und Administration sichtbar.',
    });
  }
}
