import type { Component } from 'vue';
import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router';
import type { Role } from '@contracts';
import { hasRole } from '../../shared/api/auth';
import type { MessageKey } from '../i18n';

declare module 'vue-router' {
  interface RouteMeta {
    /** Roles that may open the page (and see its menu entry); none: every staff role. */
    roles?: readonly Role[];
    /** Shown in the side menu, sorted by `order`, under `group`. */
    menu?: { title: MessageKey; icon?: Component; order: number; group?: MessageKey };
    /** Where the console opens for the roles that may see this page: the lowest wins, then menu order. */
    home?: number;
    /** The page title (browser tab and header). */
    title?: MessageKey;
    /** Open without a login (the login page). */
    public?: boolean;
  }
}

/** A page of the console: `modules/<area>/routes.ts` exports `routes: ConsoleRoute[]`. */
export type ConsoleRoute = RouteRecordRaw;

export function mayOpen(route: Pick<RouteLocationNormalized, 'matched'>): boolean {
  return route.matched.every((r) => !r.meta.roles || hasRole(...r.meta.roles));
}

export function allowedFor(roles: readonly Role[] | undefined): boolean {
  return !roles || hasRole(...roles);
}
