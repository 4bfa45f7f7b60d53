import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../db/database.ts';
import { backup } from './backup.ts';

/**
 * A backup from the running server: the embedded database can only be read by the process
 * that holds it, so `bildungsregion backup` asks the server (as this machine's command line)
 * while it runs. Restoring stays offline: it replaces everything.
 */
export const backupRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/backup',
    {
      config: { permission: 'backup:run' },
      schema: {
        tags: ['System'],
        summary: 'Sicherung der gesamten Datenbank (gzip, Format von „bildungsregion backup“)',
        produces: ['application/gzip'],
      },
    },
    async (_request, reply) => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'bildungsregion-backup-'));
      const file = path.join(dir, 'backup.gz');
      try {
        const summary = await backup(db, file);
        const stream = createReadStream(file);
        stream.once('close', () => void rm(dir, { recursive: true, force: true }));
        return reply
          .type('application/gzip')
          .header('content-disposition', 'attachment; filename="bildungsregion.backup.gz"')
          .header('x-backup-tables', String(summary.tables))
          .header('x-backup-rows', String(summary.rows))
          .send(stream);
      } catch (error) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    },
  );
};
