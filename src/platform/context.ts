import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who acts in the current request or command. Every write transaction hands it to the
 * database (settings bildungsregion.actor_id / actor / correlation_id), where the audit trigger
 * reads it: modules write no audit code of their own.
 */
export interface ActorContext {
  /** users.id of the signed-in person; null for system actors. */
  actorId: string | null;
  /** E-mail of the person, or a system actor such as `cli:alice` or `system`. */
  actor: string;
  correlationId: string | null;
}

const storage = new AsyncLocalStorage<ActorContext>();

export function runAs<T>(context: ActorContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentActor(): ActorContext | undefined {
  return storage.getStore();
}

/** The statement a write transaction runs first, and its parameters; null without an actor. */
export function actorStatement(): { sql: string; params: string[] } | null {
  const context = storage.getStore();
  if (!context) return null;
  return {
    sql: `SELECT set_config('bildungsregion.actor_id', $1, true), set_config('bildungsregion.actor', $2, true), set_config('bildungsregion.correlation_id', $3, true)`,
    params: [context.actorId ?? '', context.actor, context.correlationId ?? ''],
  };
}
