import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every answer. The content security policy allows no inline script and no
 * foreign origin; inline style attributes are allowed because the chart library sets them on
 * its elements. Swagger UI (API docs) needs inline style and the data: images it ships.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The embed pages (/einbetten/…) show public figures inside other sites' iframes: any site may frame
 * them. Every other page stays unframeable.
 */
export const EMBED_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "frame-ancestors 'none'",
  'frame-ancestors *',
);

export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const embed = request.url.startsWith('/einbetten/');
    reply.header('content-security-policy', embed ? EMBED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    if (!embed) reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    reply.header('x-correlation-id', String(request.id));
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) {
      // Answers for a signed-in person must not land in a shared cache.
      reply.header('cache-control', request.user ? 'private, no-store' : 'no-cache');
    }
    return payload;
  });
}
