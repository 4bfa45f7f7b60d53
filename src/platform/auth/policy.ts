import type { ModulePolicy } from './permissions.ts';

/** The platform's own permissions: accounts, the audit log, privacy requests, the session. */
export const platformPolicy = {
  /** Anyone signed in: their own session (logout). */
  'auth:session': ['admin', 'editor', 'partner', 'viewer'],
  'users:read': ['admin'],
  'users:write': ['admin'],
  'audit:read': ['admin'],
  /** A backup of the whole database through the running server. */
  'backup:run': ['admin'],
  /** Export and erasure of a person's data, the processing register. */
  'privacy:manage': ['admin'],
  /** Recording consents and their withdrawal. */
  'privacy:consent': ['admin', 'editor'],
} as const satisfies ModulePolicy;
