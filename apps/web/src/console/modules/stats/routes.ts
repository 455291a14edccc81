import { DataAnalysis } from '@element-plus/icons-vue';
import type { ConsoleRoute } from '../../lib/nav';

export const routes: ConsoleRoute[] = [
  {
    path: 'stats',
    name: 'stats',
    component: () => import('./StatsPage.vue'),
    meta: {
      title: 'console.stats',
      roles: ['admin', 'organiser', 'staff_viewer'],
      menu: { title: 'console.stats', icon: DataAnalysis, order: 50, group: 'layout.group.analysis' },
    },
  },
];
