import { Calendar, Location, OfficeBuilding, Upload, User } from '@element-plus/icons-vue';
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
    path: 'workstations/new',
    name: 'workstation-new',
    component: () => import('./WorkstationEditPage.vue'),
    meta: { title: 'ws.new', roles: DIRECTORY },
  },
  {
    path: 'workstations/:id',
    name: 'workstation',
    component: () => import('./WorkstationEditPage.vue'),
    props: true,
    meta: { title: 'ws.detail', roles: DIRECTORY },
  },
  {
    path: 'members',
    name: 'members',
    component: () => import('./MembersPage.vue'),
    meta: {
      title: 'members.title',
      roles: [...DIRECTORY, 'staff_viewer'],
      menu: { title: 'members.title', icon: User, order: 62, group: 'layout.group.directory' },
    },
  },
  {
    path: 'departments',
    name: 'departments',
    component: () => import('./DepartmentsPage.vue'),
    meta: {
      title: 'depts.title',
      roles: ['admin', 'organiser', 'staff_viewer'],
      menu: { title: 'depts.title', icon: OfficeBuilding, order: 64, group: 'layout.group.directory' },
    },
  },
  {
    path: 'roster',
    name: 'roster',
    component: () => import('./RosterPage.vue'),
    meta: {
      title: 'roster.title',
      roles: [...DIRECTORY, 'staff_viewer'],
      menu: { title: 'roster.title', icon: Calendar, order: 66, group: 'layout.group.directory' },
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
