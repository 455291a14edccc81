import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { UsersService } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { APP_CONFIG, ClusterJobs, dayIn, regionLikePattern } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { ContextPorts } from '../outcomes/context-ports';
import { SupervisionRepository } from './supervision.repository';
import { gist } from '../suggestions/suggestion-rules';

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
    private readonly supervision: SupervisionRepository,
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
    const claimed = await this.supervision.claimReminders(regionPattern);
    for (const r of claimed) {
      const pending = await this.supervision.departmentsStillToAnswer(r.id);
      const handlers = await this.users.departmentHandlerIds(pending);
      const due = dayIn(new Date(r.dueAt), this.config.timezone);
      const overdue = r.kind === 'overdue';
      await this.ports.notify([...handlers, ...(r.organiserId ? [r.organiserId] : [])], {
        kind: overdue ? 'suggestion.overdue' : 'suggestion.due',
        title: overdue ? '建议办理已逾期' : '建议即将到期',
        body: `建议“${gist(r.content)}”（来自「${r.sessionTitle}」）办理期限为 ${due}，${overdue ? '已逾期，请尽快答复' : '请按期答复'}。`,
        en: {
          title: overdue ? 'Suggestion overdue' : 'Suggestion due soon',
          body: overdue
            ? `The suggestion “${gist(r.content)}” (from “${r.sessionTitle}”) was due by ${due} and is overdue: please reply as soon as possible.`
            : `The suggestion “${gist(r.content)}” (from “${r.sessionTitle}”) is due by ${due}: please reply in time.`,
        },
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
