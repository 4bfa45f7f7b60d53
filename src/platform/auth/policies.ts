/**
 * Every module's policy in one registry: a new module adds one import and one list entry.
 * The route-permission test checks that every route's permission is named here.
 */
import { cooperationPolicy } from '../../modules/cooperation/policy.ts';
import { indicatorsPolicy } from '../../modules/indicators/policy.ts';
import { regionsPolicy } from '../../modules/regions/policy.ts';
import { stakeholdersPolicy } from '../../modules/stakeholders/policy.ts';
import { statisticsPolicy } from '../../modules/statistics/policy.ts';
import { workforcePolicy } from '../../modules/workforce/policy.ts';
import { mergePolicies } from './permissions.ts';
import { platformPolicy } from './policy.ts';

export const POLICY = mergePolicies([
  platformPolicy,
  regionsPolicy,
  statisticsPolicy,
  indicatorsPolicy,
  workforcePolicy,
  stakeholdersPolicy,
  cooperationPolicy,
]);
