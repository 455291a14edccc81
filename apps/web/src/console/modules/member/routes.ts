import { Postcard } from '@element-plus/icons-vue';
import type { ConsoleRoute } from '../../lib/nav';

export const routes: ConsoleRoute[] = [
  {
    path: 'mine',
    name: 'mine',
    component: () => import('./MinePage.vue'),
    meta: {
      title: 'desk.title',
      roles: ['member'],
      // A member's desk: the console opens here.
      home: 10,
      menu: { title: 'desk.title', icon: Postcard, order: 15, group: 'layout.group.work' },
    },
  },
];
