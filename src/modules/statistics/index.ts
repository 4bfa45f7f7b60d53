/** Public entry of the statistics module: the store of official statistics and its importers. */

export { deleteIncompleteDatasets } from './repository.ts';
export { presentDataset, statisticsRoutes } from './routes.ts';
export * as statistics from './service.ts';
