/** Public entry of the regions module: the German regional hierarchy by AGS/ARS. */

export { buildReferenceFromSources } from './build-reference.ts';
export { levelOfKey, type RegionLevel } from './levels.ts';
export { DEFAULT_REFERENCE_FILE } from './reference.ts';
export { ensureReferenceData } from './reference-loader.ts';
export { existingKeys as existingRegionKeys } from './repository.ts';
export { regionRoutes } from './routes.ts';
export { registerUnknownRegions } from './service.ts';
