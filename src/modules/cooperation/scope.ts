import type { SessionUser } from '../../platform/auth/permissions.ts';

/**
 * Partner scoping: a partner account sees only the networks whose current members include its
 * own organisation; staff roles see every network. Pure.
 */
export function networkVisibleTo(
  user: SessionUser | null,
  memberOrganisationIds: readonly string[],
): boolean {
  if (user?.role !== 'partner') return true;
  return user.organisationId !== null && memberOrganisationIds.includes(user.organisationId);
}

/** The organisation a listing must be restricted to, or null for no restriction. */
export function partnerOrganisation(user: SessionUser | null): string | null | 'none' {
  if (user?.role !== 'partner') return null;
  return user.organisationId ?? 'none';
}
