/** Public entry of the indicators module: catalogue, formula engine, comparisons and targets. */
export { indicatorRoutes } from './routes.ts';
export * as indicators from './service.ts';
