import type { ModulePolicy } from './permissions.ts';

/** The platform's own permissions: accounts, the audit log, privacy requests, the session. */
export const platformPolicy = {
  /** Anyone signed in: their own session (logout). */
  'auth:session': ['admin', 'editor', 'partner', 'viewer'],
  'users:read': ['admin'],
  'users:write': ['admin'],
  'audit:read': ['admin'],
  'privacy:manage': ['admin'],
} as const satisfies ModulePolicy;
