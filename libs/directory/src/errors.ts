import { errorsFrom } from '@xs/platform';

/** Every code this context raises, with its one message (codes shared by contexts are in the platform's COMMON_ERRORS). */
export const Errors = errorsFrom({
  AMBIGUOUS_BODY: 'memberIds 与 assignments 只能给出其一',
  DEPARTMENT_NOT_FOUND: '承办单位不存在',
  DUPLICATE_MEMBER: '同一委员出现了两次',
  DUTY_RULE_NOT_FOUND: '排班规则不存在',
  EMPTY_FILE: '文件中没有数据',
  INVALID_DATE: 'from/to 应为有效的 YYYY-MM-DD',
  INVALID_RANGE: 'from/to 应为有效日期且 from ≤ to',
  INVALID_TIME_RANGE: 'startTime 须早于 endTime',
  MEMBER_NOT_LINKED: '此账号未关联委员档案，请联系政协机关登记',
  MEMBER_NOT_ASSIGNED: '该委员未分配到此场所，请先分配再排班',
  MEMBER_OUT_OF_REGION: '委员所在区域与场所不在同一辖区链上',
  MULTIPART_REQUIRED: '请以 multipart/form-data 上传文件（字段 file）',
  RADIUS_WITHOUT_NEAR: 'radiusKm 须与 near 一起使用',
  TOO_MANY_RESULTS: '结果过多，请缩小日期范围或按场所、委员筛选',
  UNKNOWN_USER: '关联的账号不存在',
  UNSUPPORTED_XLS: '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV',
  WORKSTATION_DELETED: '场所已删除',
});
