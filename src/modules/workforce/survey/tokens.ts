import { createHash, randomBytes } from 'node:crypto';

/** A personal invitation token: 24 random bytes, URL-safe. Only its SHA-256 is stored. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;
