import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UsersService } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { APP_CONFIG, ClusterJobs, regionLikePattern } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { ContextPorts } from '../outcomes/context-ports';

export interface ReminderRunResult {
  overdue: number;
  dueSoon: number;
}

/**
 * 督办: once a day per suggestion, reminds the departments' handlers and the organiser of assigned
 * suggestions that are overdue or due within 7 days. The claim is an INSERT … ON CONFLICT DO NOTHING
 * on (suggestion, kind, day), so with several replicas running the job each reminder goes out once;
 * the notifier's dedupeKey repeats the guarantee on delivery. Runs on CRON_SUGGESTION_REMINDERS, once
 * per cluster.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly ports: ContextPorts,
    private readonly users: UsersService,
    private readonly jobs: ClusterJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'suggestion-reminders',
      cron: this.config.cron.suggestionReminders,
      variable: 'CRON_SUGGESTION_REMINDERS',
      run: async () => ({ ...(await this.run()) }),
    });
  }

  runFor(p: Principal): Promise<ReminderRunResult> {
    return this.run(regionLikePattern(p.regionCode));
  }

  async run(regionPattern = '%'): Promise<ReminderRunResult> {
    const claimed: {
      id: string;
      kind: 'overdue' | 'due_soon';
      day: string;
      session_title: string;
      due_at: Date;
      organiser_id: string | null;
    }[] = await this.db.query(
      `WITH due AS (
           SELECT s.id, CASE WHEN s.due_at < now() THEN 'overdue' ELSE 'due_soon' END AS kind
             FROM suggestions s
            WHERE s.status = 'assigned' AND s.due_at IS NOT NULL AND s.due_at < now() + interval '7 days'
              AND s.region_code LIKE $1
         ), claimed AS (
           INSERT INTO suggestion_reminders (suggestion_id, kind, day)
           SELECT id, kind, (now() AT TIME ZONE 'Asia/Shanghai')::date FROM due
           ON CONFLICT DO NOTHING
           RETURNING suggestion_id, kind, day
         )
         SELECT s.id, c.kind, to_char(c.day, 'YYYY-MM-DD') AS day, s.session_title, s.due_at, s.organiser_id
           FROM claimed c JOIN suggestions s ON s.id = c.suggestion_id`,
      [regionPattern],
    );
    for (const r of claimed) {
      const pending: { department_id: string }[] = await this.db.query(
        `SELECT department_id FROM suggestion_departments
          WHERE suggestion_id = $1 AND (role = 'lead' OR countersigned_at IS NULL)`,
        [r.id],
      );
      const handlers = await this.users.departmentHandlerIds(pending.map((d) => d.department_id));
      const due = new Date(r.due_at).toISOString().slice(0, 10);
      const overdue = r.kind === 'overdue';
      await this.ports.notify([...handlers, ...(r.organiser_id ? [r.organiser_id] : [])], {
        kind: overdue ? 'suggestion.overdue' : 'suggestion.due',
        title: overdue ? '建议办理已逾期' : '建议即将到期',
        body: `「${r.session_title}」的建议办理期限为 ${due}，${overdue ? '已逾期，请尽快答复' : '请按期答复'}。`,
        link: `/suggestions/${r.id}`,
        dedupeKey: `suggestion.${r.kind}:${r.id}:${r.day}`,
      });
    }
    return {
      overdue: claimed.filter((r) => r.kind === 'overdue').length,
      dueSoon: claimed.filter((r) => r.kind === 'due_soon').length,
    };
  }
}
