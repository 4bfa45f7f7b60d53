import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterEach, describe, expect, it } from 'vitest';
import { webRoutes } from '../../src/platform/http/web.ts';

// The web routes need no database: they are tested on a bare Fastify instance.
async function appWith(distDir: string): Promise<FastifyInstance> {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await webRoutes(app, { homeRegion: '03353', distDir });
  await app.ready();
  return app;
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function builtClient(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'web-dist-'));
  folders.push(dist);
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
  return dist;
}

describe('web routes', () => {
  it('/ redirects to the home region and /api/v1/settings names it', async () => {
    const app = await appWith(builtClient());
    const home = await app.inject('/');
    expect(home.statusCode).toBe(302);
    expect(home.headers.location).toBe('/regionen/03353');
    expect((await app.inject('/api/v1/settings')).json()).toEqual({ homeRegion: '03353' });
    await app.close();
  });

  it.each([
    '/regionen/03359',
    '/indikatoren',
    '/indikatoren/leavers_without_hsa_rate?region=03359',
    '/fachkraefte',
    '/fachkraefte/engpaesse',
    '/daten',
  ])('%s answers with index.html, never cached', async (url) => {
    const app = await appWith(builtClient());
    const response = await app.inject(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('id="root"');
    await app.close();
  });

  it('hashed assets are served for good; other paths stay 404', async () => {
    const app = await appWith(builtClient());
    const asset = await app.inject('/assets/index-abc.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await app.inject('/api/v1/unknown')).statusCode).toBe(404);
    expect((await app.inject('/something-else')).statusCode).toBe(404);
    await app.close();
  });

  it('without a built client the pages answer 503 with a German hint; the API still works', async () => {
    const app = await appWith(path.join(tmpdir(), 'no-such-web-dist'));
    const response = await app.inject('/regionen/03359');
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm run build');
    expect((await app.inject('/api/v1/settings')).statusCode).toBe(200);
    await app.close();
  });
});
