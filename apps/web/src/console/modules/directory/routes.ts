import { Location, Upload } from '@element-plus/icons-vue';
import type { ConsoleRoute } from '../../lib/nav';

const DIRECTORY = ['admin', 'organiser', 'workstation_manager'] as const;

export const routes: ConsoleRoute[] = [
  {
    path: 'workstations',
    name: 'workstations',
    component: () => import('./WorkstationsPage.vue'),
    meta: {
      title: 'ws.title',
      roles: DIRECTORY,
      menu: { title: 'ws.title', icon: Location, order: 60, group: 'layout.group.directory' },
    },
  },
  {
    path: 'imports',
    name: 'imports',
    component: () => import('./ImportPage.vue'),
    meta: {
      title: 'import.title',
      roles: DIRECTORY,
      menu: { title: 'import.title', icon: Upload, order: 70, group: 'layout.group.directory' },
    },
  },
];
