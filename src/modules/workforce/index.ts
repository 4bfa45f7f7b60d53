export { buildOccupationReference, DEFAULT_OCCUPATIONS_FILE } from './occupations-reference.ts';
export { workforcePolicy } from './policy.ts';
export { workforceRoutes } from './routes.ts';
export * as workforce from './service.ts';
export { bottlenecks, ensureOccupationReference } from './service.ts';
