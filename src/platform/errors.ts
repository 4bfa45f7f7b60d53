/**
 * One error model for the whole product: a stable code, an internal message for logs and a
 * German message for the user. Codes map to HTTP statuses in one place (httpStatusFor).
 */
export type ErrorCode =
  | 'import.format'
  | 'import.unknown_layout'
  | 'import.empty'
  | 'import.api_status'
  | 'import.unknown_region'
  | 'import.too_large'
  | 'database.locked'
  | 'forbidden'
  | 'not_found'
  | 'validation'
  | 'conflict'
  | 'unauthenticated'
  | 'forbidden'
  | 'csrf'
  | 'rate_limited'
  | 'internal';

export interface AppErrorOptions {
  message: string;
  userMessage?: string;
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, options: AppErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = options.userMessage ?? options.message;
    this.details = options.details ?? {};
  }
}

export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case 'import.format':
    case 'import.unknown_layout':
    case 'import.empty':
    case 'import.api_status':
    case 'import.unknown_region':
    case 'validation':
      return 400;
    case 'import.too_large':
      return 413;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
    case 'csrf':
      return 403;
    case 'not_found':
      return 404;
    case 'rate_limited':
      return 429;
    case 'conflict':
    case 'database.locked':
      return 409;
    case 'internal':
      return 500;
  }
}
