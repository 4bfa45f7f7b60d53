import { ensureDemoData } from './modules/demo/index.ts';
import { indicators } from './modules/indicators/index.ts';
import { ensureReferenceData } from './modules/regions/index.ts';
import { ensureStakeholderDemo } from './modules/stakeholders/index.ts';
import { deleteIncompleteDatasets } from './modules/statistics/index.ts';
import { ensureOccupationReference } from './modules/workforce/index.ts';
import { loadOidcSettings } from './platform/auth/oidc.ts';
import { hasUsers } from './platform/auth/service.ts';
import { createServiceToken } from './platform/auth/service-token.ts';
import { loadConfig } from './platform/config.ts';
import { openDatabase } from './platform/db/open.ts';
import { AppError } from './platform/errors.ts';
import { buildApp } from './platform/http/app.ts';
import { applyRetention } from './platform/privacy/privacy.ts';

const config = loadConfig();

async function main(): Promise<void> {
  const oidc = loadOidcSettings();
  const opened = await openDatabase(config, 'server');
  const jobs = new Set<Promise<void>>();
  // With the embedded database the command line can only reach it through this server.
  const serviceToken = config.databaseUrl ? null : createServiceToken(config.dataDir);
  const app = await buildApp({
    db: opened.db,
    config,
    serviceToken: serviceToken?.token ?? null,
    oidc,
    logger: process.env.LOG_LEVEL !== 'silent',
    trackJob: (done) => {
      jobs.add(done);
      void done.finally(() => jobs.delete(done));
    },
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: shutting down`);
    await app.close();
    await Promise.allSettled([...jobs]);
    // An open PGlite keeps the process alive and may lose the last writes: always close it.
    await opened.close();
    serviceToken?.remove();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    await deleteIncompleteDatasets(opened.db);
    const reference = await ensureReferenceData(opened.db);
    if (reference.loaded) app.log.info(`reference data loaded: ${reference.regions} regions`);
    const occupations = await ensureOccupationReference(opened.db);
    if (occupations.loaded) app.log.info(`occupations loaded: ${occupations.occupations} KldB positions`);
    if (config.demoData) {
      const demo = await ensureDemoData(opened.db, (message) => app.log.info(message));
      if (demo.loaded) app.log.info(`demo data loaded: ${demo.datasets} datasets, ${demo.rows} values`);
      const stakeholders = await ensureStakeholderDemo(opened.db);
      if (stakeholders.loaded)
        app.log.info(`stakeholder demo loaded: ${stakeholders.organisations} organisations`);
    }
    // Retention periods of personal data: applied at start and once a day.
    const retention = async () => {
      const erased = await applyRetention(opened.db);
      const total = Object.values(erased).reduce((sum, rows) => sum + rows, 0);
      if (total > 0) app.log.info({ erased }, `retention: ${total} rows erased after their retention period`);
    };
    await retention();
    const daily = setInterval(
      () => void retention().catch((error) => app.log.error(error)),
      24 * 3600 * 1000,
    );
    daily.unref();
    const address = await app.listen({ port: config.port, host: config.host });
    opened.lock?.setUrl(address);
    app.log.info(`Bildungsregion läuft auf ${address} (Datenbank: ${opened.db.kind}, ${opened.db.location})`);
    // The home region's Kreisprofil is the start page: compute its key figures before the first visitor asks.
    indicators
      .keyFigures(opened.db, config.homeRegion)
      .catch((error: unknown) =>
        app.log.warn({ err: error }, 'key figures of the home region not precomputed'),
      );
    if (!(await hasUsers(opened.db))) {
      app.log.warn(
        'Noch kein Konto angelegt. Die öffentlichen Seiten sind sofort nutzbar; für Importe und Verwaltung legen Sie das erste Admin-Konto an: ' +
          `printf '%s' 'PASSWORT' | bildungsregion user add --email ADRESSE --role admin --password-stdin (oder npx bildungsregion …; das Passwort hat mindestens 12 Zeichen)`,
      );
    }
  } catch (error) {
    await app.close().catch(() => undefined);
    await opened.close();
    serviceToken?.remove();
    throw error;
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof AppError ? error.userMessage : error instanceof Error ? error.message : String(error);
  process.stderr.write(`Bildungsregion konnte nicht starten: ${message}\n`);
  process.exit(1);
});
