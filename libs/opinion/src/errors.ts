import { errorsFrom } from '@xs/platform';

/** Every code this context raises, with its one message (codes shared by contexts are in the platform's COMMON_ERRORS). */
export const Errors = errorsFrom({
  TOO_MANY_PHOTOS: '每条民情最多 9 张照片',
  UNKNOWN_PHOTO: '照片不存在或已使用',
  CORRECTION_INCOMPLETE: '更正须同时指明所更正的期和更正说明',
  ENTRY_NOT_FOUND: '民情记录不存在',
  ENTRY_NOT_OPEN: '该条民情已处理',
  INSTRUCTION_IN_FUTURE: '批示时间不能晚于当前时间',
  ISSUE_EMPTY: '本期还没有采用的信息',
  ISSUE_NOT_FOUND: '期刊不存在',
  ISSUE_OUT_OF_REGION: '该信息不属于本期编发单位的区域',
  ISSUE_SENT: '该期已印发，不能再修改',
  NOTHING_TO_MERGE: '请选择要合并的其他信息',
  NOT_A_COMMITTEE_REGION: '政协委员会设在县级及以上，请选择县级及以上区域',
  NOT_CORRECTABLE: '只能更正本编发单位已印发的期',
  NOT_ON_DUTY: '您不是该工作站的值班委员或工作人员',
  NOT_REPORT_AUTHOR: '只有撰稿人可以提交',
  REPORT_ALREADY_ASSIGNED: '该信息已交办',
  REPORT_NOT_FOUND: '社情民意信息不存在',
  REPORT_NOT_SUBMITTED: '只有已提交的信息可以退回或采用',
  UNKNOWN_CATEGORY: '类别不在列表中',
  UNKNOWN_ENTRY: '民情记录不存在',
  UNKNOWN_REPORT: '信息不存在',
});
