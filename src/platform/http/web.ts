import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** Built client (npm run build → vite build web). */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Client paths that get index.html; everything else keeps its own routes or the 404 JSON. */
export const SPA_ROUTES = [
  '/regionen/*',
  '/themen/*',
  '/indikatoren',
  '/indikatoren/*',
  '/einbetten/*',
  '/daten',
  '/akteure',
  '/akteure/*',
  '/netzwerke',
  '/netzwerke/*',
  '/vereinbarungen',
  '/vereinbarungen/*',
  '/fachkraefte',
  '/fachkraefte/*',
  '/befragung/*',
  '/anmelden',
  '/verwaltung',
  '/verwaltung/*',
] as const;

export const Settings = z
  .object({ homeRegion: z.string().describe('Heimatregion (AGS) der Installation') })
  .meta({ id: 'Settings' });

export interface WebOptions {
  homeRegion: string;
  /** Folder of the built client; tests point it elsewhere. */
  distDir?: string;
}

const NOT_BUILT =
  'Die Weboberfläche ist noch nicht gebaut. Bitte im Projektordner „npm run build“ ausführen und den Server neu starten.';

/** Serves the web client: settings for it, hashed assets, index.html for the client's routes, / → home region. */
export async function webRoutes(app: FastifyInstance, options: WebOptions): Promise<void> {
  const dist = options.distDir ?? WEB_DIST;
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/v1/settings',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['System'],
        summary: 'Einstellungen, die die Weboberfläche braucht',
        response: { 200: Settings },
      },
    },
    async () => ({ homeRegion: options.homeRegion }),
  );

  app.get('/', { config: { permission: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.redirect(`/regionen/${encodeURIComponent(options.homeRegion)}`, 302),
  );

  const built = existsSync(path.join(dist, 'index.html'));
  if (built) {
    // Asset names carry a content hash, so browsers may keep them for good.
    await app.register(fastifyStatic, {
      root: path.join(dist, 'assets'),
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      index: false,
    });
  }

  for (const route of SPA_ROUTES) {
    app.get(route, { config: { permission: 'public' }, schema: { hide: true } }, async (_request, reply) => {
      if (!built) {
        return reply
          .code(503)
          .type('text/html; charset=utf-8')
          .send(
            `<!doctype html><html lang="de"><meta charset="utf-8"><title>Bildungsregion</title><p>${NOT_BUILT}</p></html>`,
          );
      }
      // index.html is tiny and must never be cached: it names the current asset hashes.
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html', dist, { cacheControl: false });
    });
  }
}
