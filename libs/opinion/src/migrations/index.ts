import { OpinionBase1796169306411 } from './1796169306411-opinion-base';
import { OpinionInstructions1796171290606 } from './1796171290606-opinion-instructions';

export const opinionMigrations = [OpinionBase1796169306411, OpinionInstructions1796171290606];
