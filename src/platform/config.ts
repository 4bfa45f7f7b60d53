import path from 'node:path';

/** Settings from the environment; every one has a default that works on a laptop. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** Largest accepted upload in bytes. */
  uploadLimit: number;
  /** Home region of this installation (the Kreis the office works for). */
  homeRegion: string;
  /** Load the shipped demo extract into an empty database. */
  demoData: boolean;
  /** Trust X-Forwarded-* from a reverse proxy (TRUST_PROXY=true or comma-separated addresses/CIDRs). */
  trustProxy: boolean | string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? 'localhost',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL?.trim() || null,
    uploadLimit: Number(env.UPLOAD_LIMIT_MB ?? 512) * 1024 * 1024,
    homeRegion: env.HOME_REGION ?? '03359',
    demoData: env.DEMO_DATA !== 'off',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}

function parseTrustProxy(value: string | undefined): boolean | string {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return value;
}
