const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` is a UUID: checked before a `uuid` column is queried with it, which PostgreSQL would refuse. */
export function isUuid(id: string): boolean {
  return UUID_RE.test(id);
}
