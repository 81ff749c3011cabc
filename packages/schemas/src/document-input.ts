/**
 * A served document back to what one saves: without what the API adds (id, version, who saved it, when) nor what it
 * decides (a questionnaire's `status`). An editor saves what it read, changed; without zod.
 */
const SERVED_ONLY = ['id', 'version', 'versionStatus', 'updatedAt', 'updatedBy'] as const;

export function documentInput<T extends Record<string, unknown>>(
  served: T,
  decidedByServer: readonly string[] = ['status'],
): Omit<T, (typeof SERVED_ONLY)[number]> {
  const input: Record<string, unknown> = { ...served };
  for (const key of [...SERVED_ONLY, ...decidedByServer]) delete input[key];
  return input as Omit<T, (typeof SERVED_ONLY)[number]>;
}
