import { describe, expect, it } from 'vitest';
import { claimValues, mapRole, parseRoleMap } from './oidc-roles.ts';

describe('claimValues', () => {
  const claims = {
    groups: ['bildung', 'alle'],
    realm_access: { roles: ['offline_access', 'bildungsbuero-leitung'] },
    role: 'editor viewer',
    nested: { deeper: 5 },
  };
  it.each([
    ['groups', ['bildung', 'alle']],
    ['realm_access.roles', ['offline_access', 'bildungsbuero-leitung']],
    ['role', ['editor', 'viewer']],
    ['nested.deeper', []],
    ['fehlt.ganz', []],
  ])('%s', (path, expected) => expect(claimValues(claims, path)).toEqual(expected));
});

describe('mapRole', () => {
  const map = parseRoleMap('bildungsbuero-leitung=admin; bildungsbuero=editor, kammer=partner,alle=viewer');
  it.each([
    [['alle', 'bildungsbuero'], 'editor'],
    [['kammer'], 'partner'],
    [['alle', 'bildungsbuero-leitung', 'kammer'], 'admin'],
    [['offline_access'], null],
    [[], null],
  ])('%j → %s', (values, expected) => expect(mapRole(values, map)).toBe(expected));

  it('without a map, claim values that are role names count', () => {
    expect(mapRole(['viewer', 'editor', 'chef'], parseRoleMap(undefined))).toBe('editor');
  });

  it('refuses a map with an unknown role or without =', () => {
    expect(() => parseRoleMap('x=chef')).toThrow(/unbekannte Rolle „chef“/);
    expect(() => parseRoleMap('nur-ein-wert')).toThrow(/kein Paar/);
  });
});
