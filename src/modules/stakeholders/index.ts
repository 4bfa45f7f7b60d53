/** Public entry of the stakeholders module: register, persons, relations, assessments, network analysis. */
export { ensureStakeholderDemo } from './demo.ts';
export { stakeholdersPolicy } from './policy.ts';
export { auditedTables, personalData } from './privacy.ts';
export { stakeholderRoutes } from './routes.ts';
export { ACTOR_GROUP_LABELS, ACTOR_GROUPS } from './vocabulary.ts';
