import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { auth, isStaff } from './api/http';

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./pages/resident/HomePage.vue') },
  {
    path: '/sessions/:id',
    name: 'session',
    component: () => import('./pages/resident/SessionPage.vue'),
    props: true,
  },
  {
    path: '/sessions/:id/live',
    name: 'live',
    component: () => import('./pages/resident/LivePage.vue'),
    props: true,
  },
  { path: '/login', name: 'login', component: () => import('./pages/resident/LoginPage.vue') },
  {
    path: '/me/registrations',
    name: 'mine',
    component: () => import('./pages/resident/MyRegistrationsPage.vue'),
    meta: { resident: true },
  },
  { path: '/outcomes', name: 'outcomes', component: () => import('./pages/resident/OutcomesPage.vue') },
  {
    path: '/console/login',
    name: 'staff-login',
    component: () => import('./pages/console/StaffLoginPage.vue'),
  },
  {
    path: '/console',
    component: () => import('./pages/console/ConsoleLayout.vue'),
    meta: { staff: true },
    children: [
      { path: '', name: 'console', component: () => import('./pages/console/SessionsPage.vue') },
      {
        path: 'sessions/new',
        name: 'session-new',
        component: () => import('./pages/console/SessionEditPage.vue'),
      },
      {
        path: 'sessions/:id',
        name: 'session-manage',
        component: () => import('./pages/console/SessionManagePage.vue'),
        props: true,
      },
      { path: 'stats', name: 'stats', component: () => import('./pages/console/StatsPage.vue') },
    ],
  },
  { path: '/:rest(.*)*', redirect: '/' },
];

export const router = createRouter({
  history: createWebHistory('/'),
  routes,
  scrollBehavior: () => ({ top: 0 }),
});

router.beforeEach((to) => {
  if (to.matched.some((r) => r.meta.staff) && !isStaff())
    return { name: 'staff-login', query: { redirect: to.fullPath } };
  if (to.matched.some((r) => r.meta.resident) && !auth.user)
    return { name: 'login', query: { redirect: to.fullPath } };
  return true;
});
