import { SchedulingBase1795422736374 } from './1795422736374-scheduling-base';
import { TopicPhotos1796190904870 } from './1796190904870-topic-photos';

export const schedulingMigrations = [SchedulingBase1795422736374, TopicPhotos1796190904870];
