import { OpinionEntry } from './entries/opinion-entry.entity';
import { OpinionIssue, OpinionIssueCounter } from './issues/opinion-issue.entity';
import {
  OpinionReport,
  OpinionReportCosigner,
  OpinionReportEntry,
  OpinionReportInstruction,
} from './reports/opinion-report.entity';

export * from './opinion.module';
export const opinionEntities = [
  OpinionEntry,
  OpinionReport,
  OpinionReportEntry,
  OpinionReportCosigner,
  OpinionReportInstruction,
  OpinionIssue,
  OpinionIssueCounter,
];
export { opinionMigrations } from './migrations';
