import { Tickets } from '@element-plus/icons-vue';
import type { ConsoleRoute } from '../../lib/nav';

export const routes: ConsoleRoute[] = [
  {
    path: 'topics',
    name: 'topics',
    component: () => import('./TopicsPage.vue'),
    meta: {
      title: 'topics.title',
      roles: ['admin', 'organiser', 'workstation_manager', 'staff_viewer'],
      menu: { title: 'topics.title', icon: Tickets, order: 5, group: 'layout.group.work' },
    },
  },
];
