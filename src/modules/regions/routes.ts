import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/database.ts';
import {
  FeatureCollection,
  GeometryQuery,
  ReferenceSources,
  RegionDetail,
  RegionList,
  RegionListQuery,
  RegionParams,
} from './contracts.ts';
import { LEVEL_LABELS, type RegionLevel } from './levels.ts';
import * as repository from './repository.ts';
import { GEOMETRY_ATTRIBUTION, regionDetail } from './service.ts';

export const regionRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/regions',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Regionen'],
        summary: 'Regionen (Bund, Länder, Regierungsbezirke, Kreise, Gemeindeverbände, Gemeinden)',
        querystring: RegionListQuery,
        response: { 200: RegionList },
      },
    },
    async (request) => {
      const { limit, offset, historical, ...filter } = request.query;
      const { rows, total } = await repository.listRegions(
        db,
        { ...filter, includeHistorical: historical },
        { limit, offset },
      );
      return { total, limit, offset, items: rows.map(presentRegion) };
    },
  );

  app.get(
    '/regions/:key',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Regionen'],
        summary: 'Eine Region mit übergeordneter Region, untergeordneten Regionen und Nachbarn',
        params: RegionParams,
        response: { 200: RegionDetail },
      },
    },
    async (request) => {
      const detail = await regionDetail(db, request.params.key);
      return {
        region: presentRegion(detail.region),
        parent: detail.parent ? presentRegion(detail.parent) : null,
        children: detail.children.map(presentRegion),
        neighbours: detail.neighbours.map(presentRegion),
      };
    },
  );

  app.get(
    '/geometries',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Regionen'],
        summary: 'Vereinfachte Grenzen als GeoJSON (Kreise, Länder)',
        querystring: GeometryQuery,
        response: { 200: FeatureCollection },
      },
    },
    async (request) => {
      const { keys, parent, level } = request.query;
      let wanted: string[];
      if (keys) wanted = keys.split(',').map((key) => key.trim());
      else {
        const { rows } = await repository.listRegions(
          db,
          { level: level ?? (parent ? 'district' : 'state'), ...(parent ? {} : {}) },
          { limit: 20_000, offset: 0 },
        );
        wanted = rows.filter((row) => !parent || row.key.startsWith(parent)).map((row) => row.key);
      }
      const [geometries, regions] = await Promise.all([
        repository.geometriesOf(db, wanted),
        repository.getRegions(db, wanted),
      ]);
      const names = new Map(regions.map((region) => [region.key, region.name]));
      return {
        type: 'FeatureCollection' as const,
        attribution: GEOMETRY_ATTRIBUTION,
        features: geometries.map(({ key, geometry }) => ({
          type: 'Feature' as const,
          id: key,
          properties: { key, name: names.get(key) ?? key },
          geometry,
        })),
      };
    },
  );

  app.get(
    '/reference-data',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['Regionen'],
        summary: 'Geladene Referenzdaten mit Quellen und Lizenzen',
        response: { 200: ReferenceSources },
      },
    },
    async () => ({ items: await repository.referenceSources(db) }),
  );
};

export function presentRegion(row: repository.RegionRow) {
  return {
    key: row.key,
    level: row.level,
    levelLabel: LEVEL_LABELS[row.level as RegionLevel] ?? row.level,
    name: row.name,
    type: row.type_label,
    parentKey: row.parent_key,
    historical: row.historical,
    provisional: row.provisional,
    successorKey: row.successor_key,
    validTo: row.valid_to,
    areaKm2: row.area_km2,
    population: row.population,
    populationDate: row.population_date,
    nuts3: row.nuts3,
    longitude: row.longitude,
    latitude: row.latitude,
    urbanisation: row.urbanisation,
  };
}
