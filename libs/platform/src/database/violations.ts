/**
 * The one place that knows PostgreSQL's SQLSTATEs for constraint violations. A repository or service
 * that turns a violation into a domain error asks here, so no other file compares error codes by hand
 * (a test holds this). TypeORM wraps the driver's error (`driverError`); node-postgres does not.
 */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_EXCLUSION_VIOLATION = '23P01';

type PgError = { code?: unknown; constraint?: unknown };

/** The driver's SQLSTATE and constraint name of an error thrown by a query, if it came from PostgreSQL. */
export function pgError(e: unknown): { code?: string; constraint?: string } {
  const outer = e as (PgError & { driverError?: PgError }) | null | undefined;
  const d = outer?.driverError ?? outer;
  return {
    code: typeof d?.code === 'string' ? d.code : undefined,
    constraint: typeof d?.constraint === 'string' ? d.constraint : undefined,
  };
}

/** A unique violation (23505), of the named constraint or index when one is given. */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const d = pgError(e);
  return d.code === PG_UNIQUE_VIOLATION && (!constraint || d.constraint === constraint);
}

/** An exclusion violation (23P01), of the named constraint when one is given. */
export function isExclusionViolation(e: unknown, constraint?: string): boolean {
  const d = pgError(e);
  return d.code === PG_EXCLUSION_VIOLATION && (!constraint || d.constraint === constraint);
}

/** The constraint a unique violation broke, or undefined when `e` is something else. */
export function uniqueViolationOf(e: unknown): string | undefined {
  return isUniqueViolation(e) ? pgError(e).constraint : undefined;
}
