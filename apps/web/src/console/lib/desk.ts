import type { Schemas } from '../../shared/api/client';

type SessionStatus = Schemas['SessionResponse']['status'];

/**
 * Check-ins, walk-ins and draws need a published or running meeting (the server answers 409 otherwise):
 * the desk offers them only then, and says why not otherwise. Returns the key of that note, or null.
 */
export function deskClosedKey(
  status: SessionStatus,
): 'reg.closed.draft' | 'reg.closed.ended' | 'reg.closed.cancelled' | null {
  if (status === 'published' || status === 'live') return null;
  if (status === 'draft') return 'reg.closed.draft';
  if (status === 'cancelled') return 'reg.closed.cancelled';
  return 'reg.closed.ended';
}
