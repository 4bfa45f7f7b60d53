/**
 * Use cases of the workforce module, one file per area. This file names what routes, the command line
 * and other modules may call; the helpers the area files share stay among them.
 */
export {
  type BottleneckMethod,
  type BottleneckReport,
  type BottleneckRow,
  bottlenecks,
  CATEGORY_LABELS,
  LOCAL_TABLE_PREFIX,
  METHOD_LABELS,
  proxyRegionFor,
  rulesForApi,
} from './bottleneck-service.ts';
export {
  deleteHydrogen,
  HYDROGEN_FIELDS,
  hydrogenDashboard,
  listHydrogen,
  saveHydrogen,
} from './hydrogen-service.ts';
export {
  ensureOccupationReference,
  getOccupation,
  listOccupations,
  occupationSources,
} from './occupation-service.ts';
export { replacement, replacementParameters, validateParams } from './replacement-service.ts';
