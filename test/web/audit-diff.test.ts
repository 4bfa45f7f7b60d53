import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../web/src/pages/admin/audit-diff.ts';

describe('describeChanges', () => {
  const cases: {
    name: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    expected: ReturnType<typeof describeChanges>;
  }[] = [
    {
      name: 'an update lists only changed fields, without version noise',
      before: { id: 'u1', role: 'viewer', version: 1, updated_at: 'a', email: 'x@y' },
      after: { id: 'u1', role: 'editor', version: 2, updated_at: 'b', email: 'x@y' },
      expected: [{ field: 'role', before: 'viewer', after: 'editor' }],
    },
    {
      name: 'an insert lists the set fields',
      before: null,
      after: { region_key: '03359', peer_keys: ['03353'], note: null },
      expected: [
        { field: 'region_key', before: null, after: '03359' },
        { field: 'peer_keys', before: null, after: '["03353"]' },
      ],
    },
    {
      name: 'a delete lists the old values; long ones are cut',
      before: { note: 'x'.repeat(100) },
      after: null,
      expected: [{ field: 'note', before: `${'x'.repeat(79)}…`, after: null }],
    },
    { name: 'an event without rows has no changes', before: null, after: null, expected: [] },
  ];
  for (const { name, before, after, expected } of cases) {
    it(name, () => expect(describeChanges(before, after)).toEqual(expected));
  }
});
