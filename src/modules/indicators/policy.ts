import type { ModulePolicy } from '../../platform/auth/permissions.ts';

/**
 * The catalogue, values, comparisons, targets and peer groups are published (`public`).
 * Own indicators, targets and peer groups are set by the office.
 */
export const indicatorsPolicy = {
  'indicators:write': ['admin', 'editor'],
} as const satisfies ModulePolicy;
