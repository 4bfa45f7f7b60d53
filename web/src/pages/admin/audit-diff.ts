/** What changed in one audit entry, as short lines `field: before → after` (pure). */
export interface Change {
  field: string;
  before: string | null;
  after: string | null;
}

function show(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Fields that every change touches anyway and that say nothing of their own. */
const NOISE = new Set(['updated_at', 'version']);

export function describeChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Change[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const changes: Change[] = [];
  for (const field of fields) {
    const old = before?.[field];
    const now = after?.[field];
    if (before && after && (JSON.stringify(old) === JSON.stringify(now) || NOISE.has(field))) continue;
    const [shownBefore, shownAfter] = [show(old), show(now)];
    // A field that is empty before and after (e.g. an insert's unset column) says nothing.
    if (shownBefore === null && shownAfter === null) continue;
    changes.push({ field, before: shownBefore, after: shownAfter });
  }
  return changes;
}
