import { Document, User, UserFilled } from '@element-plus/icons-vue';
import type { ConsoleRoute } from '../../lib/nav';

export const routes: ConsoleRoute[] = [
  {
    path: 'users',
    name: 'users',
    component: () => import('./UsersPage.vue'),
    meta: {
      title: 'users.title',
      roles: ['admin'],
      menu: { title: 'users.title', icon: UserFilled, order: 80, group: 'layout.group.system' },
    },
  },
  {
    path: 'audit',
    name: 'audit',
    component: () => import('./AuditPage.vue'),
    meta: {
      title: 'audit.title',
      roles: ['admin'],
      menu: { title: 'audit.title', icon: Document, order: 85, group: 'layout.group.system' },
    },
  },
  {
    path: 'account',
    name: 'account',
    component: () => import('./AccountPage.vue'),
    meta: {
      title: 'account.title',
      menu: { title: 'account.title', icon: User, order: 99, group: 'layout.group.system' },
    },
  },
];
