import type { EntityManager } from 'typeorm';

/** The reminder kinds already sent, per subject (subjects with none are absent). */
export async function remindersSentFor(
  m: EntityManager,
  subjectIds: string[],
): Promise<Map<string, string[]>> {
  const sent = new Map<string, string[]>();
  if (subjectIds.length === 0) return sent;
  const rows = await m.query<{ subject_id: string; kind: string }[]>(
    'SELECT subject_id, kind FROM reminders_sent WHERE subject_id = ANY($1)',
    [subjectIds],
  );
  for (const r of rows) sent.set(r.subject_id, [...(sent.get(r.subject_id) ?? []), r.kind]);
  return sent;
}
