import { useSyncExternalStore } from 'react';
import type { z } from 'zod';
import type { AuditPage } from '../../src/platform/audit/audit.ts';
import type { Me, UserSchema } from '../../src/platform/auth/contracts.ts';

export type MeT = z.infer<typeof Me>;
export type SessionUserT = NonNullable<MeT['user']>;
export type UserT = z.infer<typeof UserSchema>;
export type AuditPageT = z.infer<typeof AuditPage>;

/**
 * The signed-in person, shared by all components. The session itself is an HttpOnly cookie the
 * script never sees; writes carry the CSRF token from /api/v1/auth/me in the X-CSRF-Token header.
 */
type State = { state: 'loading' } | { state: 'done'; me: MeT };

let current: State = { state: 'loading' };
const listeners = new Set<() => void>();

function set(next: State): void {
  current = next;
  for (const listener of listeners) listener();
}

export async function refreshSession(): Promise<MeT> {
  const response = await fetch('/api/v1/auth/me', {
    headers: { accept: 'application/json' },
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const me = (await response.json()) as MeT;
  set({ state: 'done', me });
  return me;
}

let started = false;

export function useSession(): State {
  if (!started) {
    started = true;
    void refreshSession().catch(() =>
      set({
        state: 'done',
        me: { user: null, csrfToken: null, setupRequired: false, sso: { enabled: false, label: null } },
      }),
    );
  }
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/**
 * Headers for a write, after the session is known: a page that never showed the header (the public
 * survey page) still sends the token when the browser holds a session cookie.
 */
export async function csrfHeaders(): Promise<Record<string, string>> {
  if (current.state === 'loading') await refreshSession().catch(() => undefined);
  return writeHeaders();
}

/** Headers for a write of the signed-in person. */
export function writeHeaders(): Record<string, string> {
  const token = current.state === 'done' ? current.me.csrfToken : null;
  return token ? { 'x-csrf-token': token } : {};
}

export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A JSON request as the signed-in person; the API's German message becomes the Error's. */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    cache: 'no-store',
    headers: {
      accept: 'application/json',
      ...(method === 'GET' ? {} : writeHeaders()),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return null as T;
  const parsed = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok)
    throw new RequestError(response.status, parsed?.error?.message ?? `HTTP ${response.status}`);
  return parsed as T;
}

export async function login(email: string, password: string): Promise<void> {
  await request('POST', '/api/v1/auth/login', { email, password });
  await refreshSession();
}

export async function logout(): Promise<void> {
  await request('POST', '/api/v1/auth/logout');
  await refreshSession();
}
