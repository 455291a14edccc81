import { OpinionEntry } from './entries/opinion-entry.entity';
import { OpinionPhoto } from './photos/opinion-photo.entity';
import { OpinionIssue, OpinionIssueCounter, OpinionIssueRecipient } from './issues/opinion-issue.entity';
import {
  OpinionReport,
  OpinionReportCosigner,
  OpinionReportEntry,
  OpinionReportInstruction,
} from './reports/opinion-report.entity';

export * from './opinion.module';
export { OpinionSeed } from './seed/opinion.seed';
export const opinionEntities = [
  OpinionEntry,
  OpinionReport,
  OpinionReportEntry,
  OpinionReportCosigner,
  OpinionReportInstruction,
  OpinionIssue,
  OpinionIssueCounter,
  OpinionIssueRecipient,
  OpinionPhoto,
];
export { opinionMigrations } from './migrations';
