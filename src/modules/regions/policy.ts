import type { ModulePolicy } from '../../platform/auth/permissions.ts';

/**
 * Regions, geometries and neighbours are reference data of the open-data API: every route is
 * `public`, and nothing in this module is changed through the API (reference data comes with
 * the product, see `bildungsregion reference`).
 */
export const regionsPolicy = {} as const satisfies ModulePolicy;
