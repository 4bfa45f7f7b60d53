import type { ModulePolicy, SessionUser } from '../../platform/auth/permissions.ts';
import { AppError } from '../../platform/errors.ts';

/** Who may read and change networks, meetings and agreements; partners read only their own networks. */
export const cooperationPolicy = {
  'cooperation:read': ['admin', 'editor', 'partner', 'viewer'],
  'cooperation:write': ['admin', 'editor'],
} as const satisfies ModulePolicy;

export type CooperationPermission = keyof typeof cooperationPolicy;

/** A signed-in user without the permission is refused; without a user the platform decides. */
export function assertAllowed(user: SessionUser | null, permission: CooperationPermission): void {
  if (user && !(cooperationPolicy[permission] as readonly string[]).includes(user.role)) {
    throw new AppError('forbidden', {
      message: `role ${user.role} lacks ${permission}`,
      userMessage: 'Für diese Aktion fehlt Ihnen die Berechtigung.',
    });
  }
}
