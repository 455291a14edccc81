import { OpinionBase1796169306411 } from './1796169306411-opinion-base';

export const opinionMigrations = [OpinionBase1796169306411];
