import { OpinionBase1796169306411 } from './1796169306411-opinion-base';
import { OpinionInstructions1796171290606 } from './1796171290606-opinion-instructions';
import { OpinionPhotos1796180434451 } from './1796180434451-opinion-photos';
import { OpinionIssueRecipients1796212002992 } from './1796212002992-opinion-issue-recipients';

export const opinionMigrations = [
  OpinionBase1796169306411,
  OpinionInstructions1796171290606,
  OpinionPhotos1796180434451,
  OpinionIssueRecipients1796212002992,
];
