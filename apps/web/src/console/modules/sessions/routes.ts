import { Calendar } from '@element-plus/icons-vue';
import type { ConsoleRoute } from '../../lib/nav';

const SCHEDULERS = ['admin', 'organiser', 'workstation_manager'] as const;

export const routes: ConsoleRoute[] = [
  {
    path: 'sessions',
    name: 'sessions',
    component: () => import('./SessionsPage.vue'),
    meta: {
      title: 'console.sessions',
      // Every staff role reads the sessions list: the console opens there unless a role has its own desk.
      home: 100,
      menu: { title: 'console.sessions', icon: Calendar, order: 10, group: 'layout.group.work' },
    },
  },
  {
    path: 'sessions/new',
    name: 'session-new',
    component: () => import('./SessionEditPage.vue'),
    meta: { title: 'console.newSession', roles: SCHEDULERS },
  },
  {
    path: 'sessions/:id',
    name: 'session-manage',
    component: () => import('./SessionManagePage.vue'),
    props: true,
    meta: { title: 'console.manageSession' },
  },
  {
    path: 'sessions/:id/edit',
    name: 'session-edit',
    component: () => import('./SessionEditPage.vue'),
    props: true,
    meta: { title: 'console.editSession', roles: SCHEDULERS },
  },
];
