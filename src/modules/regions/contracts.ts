import { z } from 'zod';
import { REGION_LEVELS } from './levels.ts';

export const Region = z
  .object({
    key: z.string().describe('AGS/ARS-Schlüssel; DG = Deutschland'),
    level: z.string().describe(`Ebene: ${REGION_LEVELS.join(', ')}`),
    levelLabel: z.string(),
    name: z.string(),
    type: z.string().nullable().describe('z. B. Landkreis, Kreisfreie Stadt, Samtgemeinde'),
    parentKey: z.string().nullable(),
    historical: z.boolean().describe('ehemalige Region, die in amtlichen Tabellen noch vorkommt'),
    provisional: z.boolean().describe('aus einem Import übernommen, nicht in den Referenzdaten'),
    successorKey: z.string().nullable(),
    validTo: z.string().nullable(),
    areaKm2: z.number().nullable(),
    population: z.number().int().nullable(),
    populationDate: z.string().nullable(),
    nuts3: z.string().nullable(),
    longitude: z.number().nullable(),
    latitude: z.number().nullable(),
    urbanisation: z.string().nullable(),
  })
  .meta({ id: 'Region' });

export const RegionListQuery = z.object({
  level: z.enum(REGION_LEVELS).optional(),
  parent: z.string().optional(),
  q: z.string().min(1).optional().describe('Name oder Schlüsselanfang'),
  historical: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  limit: z.coerce.number().int().min(1).max(20_000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});

export const RegionList = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(Region),
});

export const RegionParams = z.object({ key: z.string().min(2).max(12) });

export const RegionDetail = z.object({
  region: Region,
  parent: Region.nullable(),
  children: z.array(Region),
  neighbours: z.array(Region).describe('Regionen mit gemeinsamer Grenze (Kreise, Länder)'),
});

export const GeometryQuery = z.object({
  keys: z.string().optional().describe('kommagetrennte Schlüssel'),
  parent: z.string().optional().describe('alle Kreise eines Landes, z. B. 03'),
  level: z.enum(['state', 'district']).optional(),
});

export const FeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  attribution: z.string(),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      properties: z.object({ key: z.string(), name: z.string() }),
      geometry: z.unknown(),
    }),
  ),
});

export const ReferenceSources = z.object({
  items: z.array(z.object({ name: z.string(), version: z.string(), sources: z.unknown() })),
});
