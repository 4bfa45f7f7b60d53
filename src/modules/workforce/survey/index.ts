/** Public entry of the company demand survey (Betriebsbefragung, Fachkräfte module). */

export { surveyRoutes } from './routes.ts';
