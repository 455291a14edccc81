import { errorsFrom } from '@xs/platform';

/** Every code this context raises, with its one message (codes shared by contexts are in the platform's COMMON_ERRORS). */
export const Errors = errorsFrom({
  ALREADY_COUNTERSIGNED: '本单位已会签',
  ALREADY_PUBLISHED: '成果已发布',
  ALREADY_RATED: '您已评价过该建议',
  BAD_PERIOD: '开始时间须早于结束时间',
  DEPARTMENT_REQUIRED: '请指定主办单位',
  DUE_IN_PAST: '办理期限须晚于当前时间',
  DUPLICATE_DEPARTMENT: '承办单位重复',
  FILE_NOT_FOUND: '附件不存在',
  FOLLOW_UP_DONE: '该建议已完成回头看',
  FOLLOW_UP_NOT_DUE: '尚未到回头看时间',
  FOLLOW_UP_NOT_REVIEWED: '回头看尚未完成，暂不能再次评价',
  LEAD_DEPARTMENT_REPLIES: '由主办单位答复，协办单位请会签',
  NOT_COMPLETED: '建议办结后才能回头看',
  NOT_CO_DEPARTMENT: '只有协办单位会签',
  NOT_ELIGIBLE: '只有参与本次协商的群众、议题提出人和附议人以及政协委员可以评价',
  NOT_ORGANISER: '只有组织方可以填写回头看',
  NOT_RATEABLE: '建议尚未答复，暂不能评价',
  NOT_YOUR_DEPARTMENT: '只能办理本单位承办的建议',
  NO_DEPARTMENT: '您的账号未关联承办单位',
  OUTCOME_INCOMPLETE: '请先填写会议纪要',
  REPLY_NOT_SUBMITTED: '主办单位尚未答复，无可会签的内容',
  SESSION_NOT_ENDED: '会议结束后才能填写或发布成果',
  SESSION_NOT_HELD: '会议尚未举行，不能提出建议',
  SUGGESTION_NOT_FOUND: '建议不存在',
});
