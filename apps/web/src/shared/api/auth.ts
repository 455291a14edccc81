import { reactive } from 'vue';
import type { TokenPair, UserView } from '@contracts';

const STORAGE_KEY = 'xs.auth';

interface StoredAuth {
  accessToken: string;
  refreshToken: string;
  user: UserView;
}

/** The signed-in user, shared by every page of both sites; persisted in localStorage. */
export const auth = reactive<{
  accessToken: string | null;
  refreshToken: string | null;
  user: UserView | null;
}>(loadAuth());

function loadAuth(): { accessToken: string | null; refreshToken: string | null; user: UserView | null } {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (raw) {
      const s = JSON.parse(raw) as StoredAuth;
      if (s.accessToken && s.refreshToken && s.user) return s;
    }
  } catch {
    /* corrupted storage: start signed out */
  }
  return { accessToken: null, refreshToken: null, user: null };
}

export function setAuth(pair: TokenPair): void {
  auth.accessToken = pair.accessToken;
  auth.refreshToken = pair.refreshToken;
  auth.user = pair.user;
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...pair }));
}

/** Keeps the stored login in step after the user changed (e.g. two factors turned on). */
export function updateUser(user: UserView): void {
  auth.user = user;
  if (auth.accessToken && auth.refreshToken)
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ accessToken: auth.accessToken, refreshToken: auth.refreshToken, user }),
    );
}

export function clearAuth(): void {
  auth.accessToken = null;
  auth.refreshToken = null;
  auth.user = null;
  localStorage.removeItem(STORAGE_KEY);
  // The resident site's service worker keeps the signed-in user's ticket data for offline use: not for the next one.
  if (typeof caches !== 'undefined') void caches.delete('xs-data').catch(() => undefined);
}

/** Whether the signed-in user holds one of the roles (the server checks again; this only hides controls). */
export function hasRole(...roles: string[]): boolean {
  return !!auth.user && auth.user.roles.some((r) => roles.includes(r));
}

/**
 * Whether the user may change a place: admin and organiser (the server lists only places in their
 * region), a workstation manager only the places it manages. The server checks again.
 */
export function mayEditPlace(id: string | null | undefined): boolean {
  if (hasRole('admin', 'organiser')) return true;
  return !!id && hasRole('workstation_manager') && !!auth.user?.workstationIds?.includes(id);
}

export function isStaff(): boolean {
  return !!auth.user && auth.user.roles.some((r) => r !== 'resident');
}

/** Whether the user may read phone numbers unmasked (`pii:read`, granted per user). */
export function canReadPii(): boolean {
  return !!auth.user?.permissions?.includes('pii:read');
}

// Another tab signed in or out: follow it.
window.addEventListener('storage', (e) => {
  if (e.key !== STORAGE_KEY) return;
  const next = loadAuth();
  auth.accessToken = next.accessToken;
  auth.refreshToken = next.refreshToken;
  auth.user = next.user;
});
