import { z } from 'zod';
import { ROLES } from './permissions.ts';

export const RoleSchema = z.enum(ROLES);

export const SessionUserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    organisationId: z.string().nullable(),
  })
  .meta({ id: 'SessionUser' });

export const LoginBody = z.object({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(1024),
});

export const Me = z
  .object({
    user: SessionUserSchema.nullable(),
    csrfToken: z.string().nullable().describe('Für schreibende Anfragen im Kopf X-CSRF-Token mitsenden'),
    setupRequired: z.boolean().describe('Noch kein Konto angelegt'),
    sso: z.object({ enabled: z.boolean(), label: z.string().nullable() }),
  })
  .meta({ id: 'Me' });

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    organisationId: z.string().nullable(),
    disabled: z.boolean(),
    sso: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int().describe('Beim Ändern zurücksenden (Schutz vor verlorenen Änderungen)'),
  })
  .meta({ id: 'User' });

export const UserList = z.object({ items: z.array(UserSchema) });

export const CreateUserBody = z.object({
  email: z.string().min(3).max(254),
  role: RoleSchema,
  password: z.string().min(1).max(256).nullable().describe('null: Anmeldung nur über Single Sign-on'),
  displayName: z.string().max(200).optional(),
  organisationId: z.string().max(200).nullable().optional(),
});

export const UpdateUserBody = z.object({
  version: z.number().int(),
  displayName: z.string().min(1).max(200).optional(),
  role: RoleSchema.optional(),
  disabled: z.boolean().optional(),
  password: z.string().min(1).max(256).optional(),
  organisationId: z.string().max(200).nullable().optional(),
});

export const UserParams = z.object({ id: z.string().min(1).max(200) });
