import { Finished } from '@element-plus/icons-vue';
import type { ConsoleRoute } from '../../lib/nav';

export const routes: ConsoleRoute[] = [
  {
    path: 'handling',
    name: 'handling',
    component: () => import('./HandlingPage.vue'),
    meta: {
      title: 'handling.title',
      roles: ['department_handler'],
      // The handler's desk: the console opens here for a department handler.
      home: 10,
      menu: { title: 'handling.title', icon: Finished, order: 20, group: 'layout.group.work' },
    },
  },
];
