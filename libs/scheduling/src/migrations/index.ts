import { SchedulingBase1795422736374 } from './1795422736374-scheduling-base';
import { TopicPhotos1796190904870 } from './1796190904870-topic-photos';
import { GuestVoting1796211720000 } from './1796211720000-guest-voting';
import { NoticesInEnglish1796400000000 } from './1796400000000-notices-in-english';

export const schedulingMigrations = [
  SchedulingBase1795422736374,
  TopicPhotos1796190904870,
  GuestVoting1796211720000,
  NoticesInEnglish1796400000000,
];
