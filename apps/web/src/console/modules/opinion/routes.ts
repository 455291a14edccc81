import { Collection, DataLine, Notebook, Tickets } from '@element-plus/icons-vue';
import type { ConsoleRoute } from '../../lib/nav';

// 社情民意 (issue 17): what members on duty hear, the reports that carry it up, the issues, the counts.
export const routes: ConsoleRoute[] = [
  {
    path: 'opinion/entries',
    name: 'opinion-entries',
    component: () => import('./EntriesPage.vue'),
    meta: {
      title: 'opinion.entries',
      roles: ['admin', 'organiser', 'workstation_manager', 'member', 'staff_viewer'],
      menu: { title: 'opinion.entries', icon: Notebook, order: 30, group: 'opinion.group' },
    },
  },
  {
    path: 'opinion/reports',
    name: 'opinion-reports',
    component: () => import('./ReportsPage.vue'),
    meta: {
      title: 'opinion.reports',
      roles: ['admin', 'organiser', 'member', 'staff_viewer'],
      menu: { title: 'opinion.reports', icon: Tickets, order: 31, group: 'opinion.group' },
    },
  },
  {
    path: 'opinion/issues',
    name: 'opinion-issues',
    component: () => import('./IssuesPage.vue'),
    meta: {
      title: 'opinion.issues',
      roles: ['admin', 'organiser', 'staff_viewer'],
      menu: { title: 'opinion.issues', icon: Collection, order: 32, group: 'opinion.group' },
    },
  },
  {
    path: 'opinion/stats',
    name: 'opinion-stats',
    component: () => import('./OpinionStatsPage.vue'),
    meta: {
      title: 'opinion.stats',
      roles: ['admin', 'organiser', 'workstation_manager', 'staff_viewer'],
      menu: { title: 'opinion.stats', icon: DataLine, order: 52, group: 'layout.group.analysis' },
    },
  },
];
