import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ClusterJobs } from '@xs/platform';
import type { FireOutcome, TaskStatus } from '@xs/platform';
import { Roles } from '../access/decorators';

class JobRunView {
  @ApiProperty() slot: string;
  @ApiProperty({ description: 'The replica that ran it (host:pid:id)' }) replica: string;
  @ApiProperty({ enum: ['running', 'ok', 'failed'] }) status: string;
  @ApiProperty() startedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) finishedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: Object }) result: Record<string, unknown> | null;
  @ApiPropertyOptional({ nullable: true, type: String }) error: string | null;
}

class ScheduledJobView {
  @ApiProperty({ example: 'audit-retention' }) name: string;
  @ApiProperty({ example: '0 0 3 * * *' }) cron: string;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone: string;
  @ApiPropertyOptional({ nullable: true, type: String }) nextRunAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: JobRunView }) lastRun: JobRunView | null;
}

class ScheduledJobList {
  @ApiProperty({ type: [ScheduledJobView] }) items: ScheduledJobView[];
}

class JobRunOutcome {
  @ApiProperty({ enum: ['ran', 'failed', 'taken'] }) outcome: FireOutcome;
}

/** Scheduled tasks for operators: what runs when, and the last run (start, end, result, replica). */
@ApiTags('admin')
@Controller('admin/jobs')
export class JobsController {
  constructor(private readonly jobs: ClusterJobs) {}

  @Roles('admin')
  @Get()
  @ApiOkResponse({ type: ScheduledJobList })
  async list(): Promise<{ items: TaskStatus[] }> {
    return { items: await this.jobs.status() };
  }

  /** Runs a task now on this replica (its own slot, so it never collides with a scheduled tick). */
  @Roles('admin')
  @Post(':name/run')
  @HttpCode(200)
  @ApiOkResponse({ type: JobRunOutcome })
  async run(@Param('name') name: string): Promise<{ outcome: FireOutcome }> {
    return { outcome: await this.jobs.runNow(name) };
  }
}
