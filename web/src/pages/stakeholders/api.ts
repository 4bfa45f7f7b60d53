import type { z } from 'zod';
import type {
  Agreement,
  AgreementList,
  Meeting,
  NetworkDetail,
  NetworkList,
  Templates,
} from '../../../../src/modules/cooperation/contracts.ts';
import type {
  AssessmentList,
  Graph,
  ImportResult,
  OrganisationDetail,
  OrganisationList,
} from '../../../../src/modules/stakeholders/contracts.ts';
import { ApiError } from '../../api.ts';
import { csrfHeaders } from '../../session.ts';

// Types come from the server's zod contracts; only the types are imported.
export type OrganisationListT = z.infer<typeof OrganisationList>;
export type OrganisationT = OrganisationListT['items'][number];
export type OrganisationDetailT = z.infer<typeof OrganisationDetail>;
export type AssessmentT = z.infer<typeof AssessmentList>['items'][number];
export type GraphT = z.infer<typeof Graph>;
export type ImportResultT = z.infer<typeof ImportResult>;
export type NetworkListT = z.infer<typeof NetworkList>;
export type NetworkDetailT = z.infer<typeof NetworkDetail>;
export type MeetingT = z.infer<typeof Meeting>;
export type AgreementT = z.infer<typeof Agreement>;
export type AgreementListT = z.infer<typeof AgreementList>;
export type TemplatesT = z.infer<typeof Templates>;

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new ApiError(response.status, body?.error?.message ?? `HTTP ${response.status}`);
  return body as T;
}

/** Uncached GET: these records change while the page is open. */
export async function get<T>(path: string): Promise<T> {
  return answer<T>(await fetch(path, { headers: { accept: 'application/json' } }));
}

export async function send<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(await csrfHeaders()),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return null as T;
  return answer<T>(response);
}

export async function upload(path: string, file: File): Promise<ImportResultT> {
  const form = new FormData();
  form.append('file', file);
  return answer<ImportResultT>(
    await fetch(path, { method: 'POST', body: form, headers: await csrfHeaders() }),
  );
}

// One list for server and client: the server's vocabulary file is pure data.
export { ACTOR_GROUPS } from '../../../../src/modules/stakeholders/vocabulary.ts';

/** Optional form text: empty becomes null. */
export const orNull = (value: FormDataEntryValue | null): string | null => {
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '' ? null : text;
};

export const numberOrNull = (value: FormDataEntryValue | null): number | null => {
  const text = orNull(value);
  return text === null ? null : Number(text.replace(',', '.'));
};
