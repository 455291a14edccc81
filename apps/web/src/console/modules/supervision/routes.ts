import { Bell } from '@element-plus/icons-vue';
import type { ConsoleRoute } from '../../lib/nav';

export const routes: ConsoleRoute[] = [
  {
    path: 'supervision',
    name: 'supervision',
    component: () => import('./SupervisionPage.vue'),
    meta: {
      title: 'supervision.title',
      roles: ['admin', 'organiser', 'staff_viewer'],
      menu: { title: 'supervision.title', icon: Bell, order: 45, group: 'layout.group.analysis' },
    },
  },
];
