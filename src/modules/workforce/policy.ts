import type { ModulePolicy } from '../../platform/auth/permissions.ts';

/** Who may read and change the workforce (Fachkräfte) module's data. */
export const workforcePolicy = {
  'workforce:read': ['admin', 'editor', 'partner', 'viewer'],
  'workforce:write': ['admin', 'editor'],
} as const satisfies ModulePolicy;
