/** Public entry of the Kita and Ganztag staff forecast (Fachkräfte module). */

export { childcareForecastRoutes } from './routes.ts';
