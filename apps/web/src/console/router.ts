import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { isStaff } from '../shared/api/auth';
import type { ConsoleRoute } from './lib/nav';
import { allowedFor } from './lib/nav';

// Each area of the console lives in modules/<area>/ and lists its pages in routes.ts.
const modules = import.meta.glob<{ routes: ConsoleRoute[] }>('./modules/*/routes.ts', { eager: true });
export const areaRoutes: ConsoleRoute[] = Object.values(modules).flatMap((m) => m.routes);

/** The first page in the menu that the signed-in role may open: the console's home for that role. */
function home(): string {
  const entries = areaRoutes
    .filter((r) => r.meta?.menu && allowedFor(r.meta.roles))
    .sort(
      (a, b) => (a.meta!.home ?? 1000) - (b.meta!.home ?? 1000) || a.meta!.menu!.order - b.meta!.menu!.order,
    );
  return entries[0] ? `/console/${entries[0].path}` : '/console/account';
}

const routes: RouteRecordRaw[] = [
  {
    path: '/console/login',
    name: 'staff-login',
    component: () => import('./layout/StaffLoginPage.vue'),
    meta: { public: true, title: 'staff.title' },
  },
  {
    path: '/console',
    component: () => import('./layout/ConsoleLayout.vue'),
    children: [
      { path: '', name: 'console', redirect: home },
      ...areaRoutes,
      { path: ':rest(.*)*', name: 'not-found', component: () => import('./layout/NotFoundPage.vue') },
    ],
  },
  { path: '/:rest(.*)*', redirect: '/console' },
];

export const router = createRouter({
  history: createWebHistory('/'),
  routes,
  scrollBehavior: () => ({ top: 0 }),
});

router.beforeEach((to) => {
  if (!to.meta.public && !isStaff()) return { name: 'staff-login', query: { redirect: to.fullPath } };
  return true;
});
