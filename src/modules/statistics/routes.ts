import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import {
  DatasetDetail,
  DatasetList,
  DatasetListQuery,
  DatasetParams,
  ImportJob,
  ImportJobParams,
  ImportQuery,
  ObservationPage,
  ObservationQuery,
  PopulationStructure,
  QualityFlags,
  RegionKeyParams,
} from './contracts.ts';
import { getImportJob, type ImportJobRow, startImportJob } from './jobs.ts';
import type { DatasetRow } from './repository.ts';
import * as service from './service.ts';

export interface StatisticsRouteOptions {
  db: Database;
  uploadLimit: number;
  /** Called with each started job's completion, so the server can wait for it on shutdown. */
  trackJob?: (done: Promise<void>) => void;
}

export const statisticsRoutes: FastifyPluginAsyncZod<StatisticsRouteOptions> = async (
  app,
  { db, uploadLimit, trackJob },
) => {
  app.get(
    '/datasets',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Statistik'],
        summary: 'Gespeicherte Datensätze (importierte Tabellen mit Quelle, Stand und Umfang)',
        querystring: DatasetListQuery,
        response: { 200: DatasetList },
      },
    },
    async (request) => {
      const rows = await service.listDatasets(
        db,
        request.query.table ? { tableCode: request.query.table } : {},
      );
      return { items: rows.map(presentDataset) };
    },
  );

  app.get(
    '/regions/:key/population-structure',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Statistik'],
        summary:
          'Bevölkerung nach Altersgruppen und Geschlecht (Bevölkerungspyramide) mit Land und Bund aus der neuesten Bevölkerungstabelle',
        params: RegionKeyParams,
        response: { 200: PopulationStructure },
      },
    },
    async (request) => service.populationStructure(db, request.params.key),
  );

  app.get(
    '/datasets/:id',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Statistik'],
        summary: 'Ein Datensatz mit seinen Merkmalen und Ausprägungen',
        params: DatasetParams,
        response: { 200: DatasetDetail },
      },
    },
    async (request) => {
      const detail = await service.datasetDetail(db, request.params.id);
      return { ...detail, dataset: presentDataset(detail.dataset) };
    },
  );

  app.get(
    '/observations',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Statistik'],
        summary: 'Beobachtungen in Langform, gefiltert und seitenweise',
        description:
          'Ohne allVintages=true nur der jeweils neueste Stand je Tabelle, Region und Zeitraum. Zellen mit Zeichen (z. B. "." geheim) haben value = null und flag gesetzt.',
        querystring: ObservationQuery,
        response: { 200: ObservationPage },
      },
    },
    async (request) => {
      const { limit, offset, dataset, allVintages, ...filter } = request.query;
      const page = await service.observations(
        db,
        { ...filter, ...(dataset ? { datasetId: dataset } : {}), allVintages },
        { limit, offset },
      );
      return {
        ...page,
        items: page.items.map(({ dataset_id, ...row }) => ({ ...row, dataset: dataset_id })),
      };
    },
  );

  app.get(
    '/quality-flags',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Statistik'],
        summary: 'Zeichenerklärung der amtlichen Statistik',
        response: { 200: QualityFlags },
      },
    },
    async () => ({ items: service.qualityFlagLegend() }),
  );

  app.post(
    '/imports',
    {
      config: { permission: 'statistics:import' },
      schema: {
        tags: ['Statistik'],
        summary: 'Datei hochladen und importieren (multipart/form-data, Feld "file")',
        description:
          'Antwortet sofort mit einem Importauftrag (202); dessen Fortschritt und Ergebnis liefert GET /api/v1/imports/{id}. Mit dryRun=true wird nur geprüft.',
        querystring: ImportQuery,
        consumes: ['multipart/form-data'],
        response: { 202: ImportJob },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new AppError('validation', {
          message: 'upload is not multipart',
          userMessage: 'Erwartet wird ein Datei-Upload (multipart/form-data) mit dem Feld „file“.',
        });
      }
      const part = await request.file({ limits: { fileSize: uploadLimit, files: 1 } });
      if (!part) {
        throw new AppError('validation', {
          message: 'no file in upload',
          userMessage: 'Der Upload enthält keine Datei (Feld „file“).',
        });
      }
      const bytes = await part.toBuffer().catch((error: unknown) => {
        throw new AppError('import.too_large', {
          message: `upload too large: ${String(error)}`,
          userMessage: `${part.filename}: Die Datei ist größer als erlaubt (${Math.round(uploadLimit / 1024 / 1024)} MB).`,
        });
      });
      const { job, done } = await startImportJob(
        db,
        {
          fileName: part.filename || 'upload',
          bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        },
        { dryRun: request.query.dryRun },
      );
      trackJob?.(done);
      reply.code(202).header('location', `/api/v1/imports/${job.id}`);
      return presentJob(job);
    },
  );

  app.get(
    '/imports/:id',
    {
      config: { permission: 'statistics:import' },
      schema: {
        tags: ['Statistik'],
        summary: 'Stand eines Importauftrags',
        params: ImportJobParams,
        response: { 200: ImportJob },
      },
    },
    async (request) => presentJob(await getImportJob(db, request.params.id)),
  );
};

export function presentDataset(row: DatasetRow) {
  return {
    id: row.id,
    source: row.source,
    table: row.table_code,
    title: row.title,
    publisher: row.publisher,
    licence: row.licence,
    vintage: row.vintage,
    format: row.format,
    fileName: row.file_name,
    fileHash: row.file_hash,
    importedAt: row.imported_at,
    rows: row.row_count,
    regions: row.region_count,
    periods: row.periods,
    markers: row.flag_counts,
    notes: row.notes,
    current: row.current,
  };
}

function presentJob(job: ImportJobRow) {
  return {
    id: job.id,
    fileName: job.file_name,
    dryRun: job.dry_run,
    status: job.status,
    progress: job.progress,
    rows: job.rows_done,
    result: job.result,
    error: job.error,
    createdAt: job.created_at,
    finishedAt: job.finished_at,
  };
}
