import type { ModulePolicy } from '../../platform/auth/permissions.ts';

/**
 * Datasets, observations and the quality flags are open data (`public`). Uploading files and
 * following an import job is internal work of the office.
 */
export const statisticsPolicy = {
  'statistics:import': ['admin', 'editor'],
} as const satisfies ModulePolicy;
