import { SchedulingBase1795422736374 } from './1795422736374-scheduling-base';

export const schedulingMigrations = [SchedulingBase1795422736374];
