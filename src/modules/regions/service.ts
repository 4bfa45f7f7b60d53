import type { Queryable, WriteTransaction } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { impliedParentKey, levelOfKey } from './levels.ts';
import * as repository from './repository.ts';

/**
 * Keys that an imported file uses but the reference data does not know (a Kreis dissolved
 * long ago, a Gemeinde merged since) are kept as provisional regions with the file's name,
 * so that an official table never fails on them and they can be reviewed later.
 */
export async function registerUnknownRegions(
  tx: WriteTransaction,
  keys: readonly string[],
  names: Record<string, string>,
): Promise<string[]> {
  const known = await repository.existingKeys(tx, keys);
  const unknown = keys.filter((key) => !known.has(key)).sort();
  if (unknown.length === 0) return [];
  const parents = await repository.existingKeys(
    tx,
    unknown.map((key) => impliedParentKey(key)).filter((key): key is string => key !== null),
  );
  await repository.insertProvisionalRegions(
    tx,
    unknown.map((key) => {
      const parent = impliedParentKey(key);
      return {
        key,
        level: levelOfKey(key) ?? 'unknown',
        name: names[key]?.trim() || `Region ${key}`,
        parentKey: parent && parents.has(parent) ? parent : null,
      };
    }),
  );
  return unknown;
}

export async function regionDetail(db: Queryable, key: string) {
  const region = await repository.getRegion(db, key);
  if (!region) {
    throw new AppError('not_found', {
      message: `region ${key} not found`,
      userMessage: `Die Region mit dem Schlüssel ${key} ist nicht bekannt.`,
    });
  }
  const [parent, children, neighbours] = await Promise.all([
    region.parent_key ? repository.getRegion(db, region.parent_key) : Promise.resolve(null),
    repository.childrenOf(db, key),
    repository.neighboursOf(db, key),
  ]);
  return { region, parent, children, neighbours };
}

/** Credit that every map built from the shipped boundaries must show. */
export const GEOMETRY_ATTRIBUTION =
  '© GeoBasis-DE / BKG 2021 (Daten verändert), Datenlizenz Deutschland – Namensnennung – Version 2.0';
