import { ROLES, type Role } from './permissions.ts';

/**
 * Role mapping for single sign-on: the identity provider (county Keycloak/ADFS) says which
 * groups or roles a person has in a claim; the installation maps claim values to product roles.
 * Pure, tested table-driven.
 */

/** Reads a claim by a dotted path (`realm_access.roles`, `groups`); a string becomes a list. */
export function claimValues(claims: Record<string, unknown>, path: string): string[] {
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return [];
    value = (value as Record<string, unknown>)[part];
  }
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/**
 * Parses `OIDC_ROLE_MAP`: `claim value=role` pairs separated by commas or semicolons, e.g.
 * `bildungsbuero-leitung=admin,bildungsbuero=editor,partner=partner`. Without a map the claim
 * values are the role names themselves.
 */
export function parseRoleMap(text: string | undefined): Map<string, Role> {
  const map = new Map<string, Role>();
  if (!text?.trim()) {
    for (const role of ROLES) map.set(role, role);
    return map;
  }
  for (const pair of text.split(/[,;]/)) {
    const index = pair.lastIndexOf('=');
    if (index < 0) throw new Error(`OIDC_ROLE_MAP: „${pair.trim()}“ ist kein Paar Wert=Rolle`);
    const value = pair.slice(0, index).trim();
    const role = pair.slice(index + 1).trim();
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new Error(`OIDC_ROLE_MAP: unbekannte Rolle „${role}“ (erwartet ${ROLES.join(', ')})`);
    }
    map.set(value, role as Role);
  }
  return map;
}

/** The most privileged role any claim value maps to; null when none does (sign-in refused). */
export function mapRole(values: readonly string[], map: ReadonlyMap<string, Role>): Role | null {
  let best: Role | null = null;
  for (const value of values) {
    const role = map.get(value);
    if (role && (best === null || ROLES.indexOf(role) < ROLES.indexOf(best))) best = role;
  }
  return best;
}
