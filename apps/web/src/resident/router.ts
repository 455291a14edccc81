import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { auth } from '../shared/api/auth';

// The resident site; /console/* is the other entry (console.html), served by the server.
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./pages/HomePage.vue') },
  {
    path: '/sessions/:id',
    name: 'session',
    component: () => import('./pages/SessionPage.vue'),
    props: true,
  },
  {
    path: '/sessions/:id/live',
    name: 'live',
    component: () => import('./pages/LivePage.vue'),
    props: true,
  },
  { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue') },
  {
    path: '/me/registrations',
    name: 'mine',
    component: () => import('./pages/MyRegistrationsPage.vue'),
    meta: { resident: true },
  },
  { path: '/outcomes', name: 'outcomes', component: () => import('./pages/OutcomesPage.vue') },
  // The phone-first (Vant) pages of issue 14.
  { path: '/propose', name: 'propose', component: () => import('./h5/ProposePage.vue') },
  { path: '/map', name: 'map', component: () => import('./h5/MapPage.vue') },
  {
    path: '/topics/:id',
    name: 'topic',
    component: () => import('./h5/TopicPage.vue'),
    props: true,
  },
  {
    path: '/workstations/:id',
    name: 'workstation',
    component: () => import('./h5/WorkstationPage.vue'),
    props: true,
  },
  // 民情日记 (issue 17): recorded at a workstation from the phone; a member's own entries and reports.
  {
    path: '/workstations/:id/opinion',
    name: 'opinion-entry',
    component: () => import('./h5/OpinionEntryPage.vue'),
    props: true,
  },
  {
    path: '/me/opinion',
    name: 'my-opinion',
    component: () => import('./h5/MyOpinionPage.vue'),
    meta: { resident: true },
  },
  { path: '/me', name: 'me', component: () => import('./h5/AccountPage.vue') },
  {
    path: '/me/topics',
    name: 'my-topics',
    component: () => import('./h5/MyTopicsPage.vue'),
    meta: { resident: true },
  },
  {
    path: '/me/follow-up',
    name: 'follow-up',
    component: () => import('./h5/FollowUpPage.vue'),
    meta: { resident: true },
  },
  { path: '/:rest(.*)*', redirect: '/' },
];

export const router = createRouter({
  history: createWebHistory('/'),
  routes,
  scrollBehavior: () => ({ top: 0 }),
});

router.beforeEach((to) => {
  if (to.matched.some((r) => r.meta.resident) && !auth.user)
    return { name: 'login', query: { redirect: to.fullPath } };
  return true;
});
