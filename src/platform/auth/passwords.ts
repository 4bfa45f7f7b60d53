import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors.ts';

/** Algorithm.Argon2id (a const enum, which this build cannot import as a value). */
const ARGON2ID = 2 as Algorithm;

/** argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane). */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function checkPasswordRules(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('validation', {
      message: 'password too short',
      userMessage: `Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein.`,
    });
  }
  if (password.length > 256) {
    throw new AppError('validation', {
      message: 'password too long',
      userMessage: 'Das Passwort darf höchstens 256 Zeichen lang sein.',
    });
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Compared against when the account does not exist, so that the answer takes as long.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hash('not-a-real-password', OPTIONS);
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
