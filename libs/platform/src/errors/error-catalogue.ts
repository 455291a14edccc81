import {
  BadInputError,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
  type MessageValues,
} from './domain-error';
import { inScript, isLocalText, type Lang } from './language';

/**
 * Code → the one message users see for it (zh-Hans; its English is a second catalogue with the same codes
 * and placeholders, and Traditional Chinese is converted from the Simplified). A message may name values
 * with `{name}` placeholders; raising such a code then requires exactly those values (compiler-checked).
 */
export type ErrorMessages = Readonly<Record<string, string>>;

/** The placeholder names in a message: `'行政区划 {code} 不存在'` → `'code'`. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer R}`
  ? P | Placeholders<R>
  : never;
type Details = Record<string, unknown>;
type Values<S extends string> = Record<Placeholders<S>, MessageValues[string]>;
/** What follows the code: the message's values when it has placeholders, then the factory's own arguments. */
type Args<S extends string, Rest extends unknown[]> = [Placeholders<S>] extends [never]
  ? Rest
  : [values: Values<S>, ...rest: Rest];

/** Fills a message's placeholders; a value missing at run time is left visible rather than dropped. */
export function formatMessage(
  template: string,
  values?: MessageValues,
  lang: 'zh-Hans' | 'en' = 'zh-Hans',
): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(values, name)) return whole;
    const v = values[name];
    return isLocalText(v) ? v[lang] : String(v);
  });
}

/** Code → its English message, from every catalogue built with errorsFrom (and the common one). */
const ENGLISH = new Map<string, string>();

/**
 * A domain error's message in the asker's language: Simplified as raised, Traditional converted from
 * it, English from the code's English message with the same values. A code without English (none, a
 * test holds this) keeps its Chinese.
 */
export function messageIn(err: DomainError, lang: Lang): string {
  if (lang !== 'en') return inScript(err.message, lang);
  const template = ENGLISH.get(err.code);
  return template === undefined ? err.message : formatMessage(template, err.values, 'en');
}

/** The English catalogue a code's message is given in (for the tests that hold both to one shape). */
export function englishMessage(code: string): string | undefined {
  return ENGLISH.get(code);
}

/**
 * Raising errors by code from a context's catalogue (`libs/<ctx>/src/errors.ts`) merged with the common
 * one: the code is checked by the compiler and its message is the catalogue's, so one code never reads
 * two ways. A code lives in exactly one catalogue (a test scans the sources and holds this).
 */
export function errorsFrom<const M extends ErrorMessages>(
  messages: M,
  english: { readonly [K in keyof M]: string },
) {
  type All = M & typeof COMMON_ERRORS;
  type Code = Extract<keyof M, string> | CommonCode;
  type A<C extends Code, Rest extends unknown[]> = Args<All[C] & string, Rest>;
  const all: ErrorMessages = { ...COMMON_ERRORS, ...messages };
  for (const [code, text] of Object.entries(english)) ENGLISH.set(code, text);
  /** Splits the arguments after the code into the message (values filled in), the rest and the values. */
  const split = (code: Code, args: unknown[]): [string, unknown[], MessageValues?] => {
    const template = all[code];
    if (!/\{\w+\}/.test(template)) return [template, args];
    const values = args[0] as MessageValues;
    return [formatMessage(template, values), args.slice(1), values];
  };
  /** The error for a code, remembering its values so that its message can be said in another language. */
  const build = <E extends DomainError>(
    code: Code,
    args: unknown[],
    make: (text: string, rest: unknown[]) => E,
  ): E => {
    const [text, rest, values] = split(code, args);
    const e = make(text, rest);
    e.values = values;
    return e;
  };
  return {
    messages,
    /** The message of a code, values filled in (for texts shown outside an error, such as import rows). */
    message: <C extends Code>(code: C, ...args: A<C, []>): string => split(code, args)[0],
    badInput: <C extends Code>(code: C, ...args: A<C, [details?: Details]>) =>
      build(code, args, (text, [details]) => new BadInputError(code, text, details as Details | undefined)),
    unauthorized: <C extends Code>(code: C, ...args: A<C, []>) =>
      build(code, args, (text) => new UnauthorizedError(code, text)),
    forbidden: <C extends Code>(code: C, ...args: A<C, [details?: Details]>) =>
      build(code, args, (text, [details]) => new ForbiddenError(code, text, details as Details | undefined)),
    notFound: <C extends Code>(code: C, ...args: A<C, []>) =>
      build(code, args, (text) => new NotFoundError(code, text)),
    conflict: <C extends Code>(code: C, ...args: A<C, [details?: Details]>) =>
      build(code, args, (text, [details]) => new ConflictError(code, text, details as Details | undefined)),
    tooMany: <C extends Code>(code: C, ...args: A<C, [retryAfterSeconds: number]>) =>
      build(code, args, (text, [retryAfter]) => new TooManyRequestsError(code, text, retryAfter as number)),
    tooLarge: <C extends Code>(code: C, ...args: A<C, []>) =>
      build(code, args, (text) => new PayloadTooLargeError(code, text)),
    unavailable: <C extends Code>(code: C, ...args: A<C, []>) =>
      build(code, args, (text) => new ServiceUnavailableError(code, text)),
    withStatus: <C extends Code>(status: number, code: C, ...args: A<C, [details?: Details]>) =>
      build(
        code,
        args,
        (text, [details]) => new DomainError(status, code, text, details as Details | undefined),
      ),
  };
}

/**
 * Codes more than one context raises (validation, access, uploads, shared entities). VALIDATION_FAILED
 * is the one code whose message is the problems found, as the validation pipe lists them.
 */
export const COMMON_ERRORS = {
  BODY_TOO_DEEP: '请求体嵌套层级超过 {max} 层',
  FILE_REQUIRED: '请选择要上传的文件（字段 file）',
  FILE_TOO_LARGE: '文件过大',
  INVALID_NEAR: 'near 的纬度须在 -90…90、经度须在 -180…180 之间',
  INVALID_PHONE: '请填写正确的中国大陆手机号',
  INVALID_REGION_CODE: '行政区划代码应为 6、9 或 12 位数字',
  INVALID_RRULE: '重复规则（RRULE）无效：{problem}',
  INVALID_TRANSITION: '当前状态（{status}）不能执行该操作',
  JOB_NOT_FOUND: '定时任务不存在',
  MALFORMED_MULTIPART: '上传内容格式不正确',
  MEMBER_NOT_FOUND: '委员不存在',
  NO_ISSUING_COMMITTEE: '该区域没有可署名的政协委员会',
  OUTCOME_NOT_FOUND: '尚未形成成果',
  OUT_OF_REGION: '不在您的管辖区域内',
  RANGE_TOO_LONG: '查询区间过长，一次最多查询 {limit}',
  RATE_LIMITED: '请求过于频繁，请稍后再试',
  SESSION_CANCELLED: '活动已取消',
  SESSION_NOT_FOUND: '会议不存在',
  TOTP_SETUP_REQUIRED: '请先设置双因素认证',
  UNAUTHENTICATED: '需要登录',
  UNEXPECTED_FILE: '只接受一个名为 file 的文件',
  UNKNOWN_DEPARTMENT: '承办单位不存在',
  UNKNOWN_MEMBER: '委员不存在',
  UNKNOWN_WORKSTATION: '工作室不存在',
  UNSUPPORTED_FILE_TYPE: '不支持的文件类型（按文件内容判断）',
  VALIDATION_FAILED: '{problems}',
  WORKSTATION_NOT_FOUND: '场所不存在',
} as const;
export type CommonCode = Extract<keyof typeof COMMON_ERRORS, string>;

/** The common codes in English: same codes, same placeholders. */
export const COMMON_ERRORS_EN: { readonly [K in CommonCode]: string } = {
  BODY_TOO_DEEP: 'The request body is nested more than {max} levels deep',
  FILE_REQUIRED: 'Choose a file to upload (field "file")',
  FILE_TOO_LARGE: 'The file is too large',
  INVALID_NEAR: 'In "near", the latitude must be within -90…90 and the longitude within -180…180',
  INVALID_PHONE: 'Enter a valid mainland China mobile number',
  INVALID_REGION_CODE: 'A region code has 6, 9 or 12 digits',
  INVALID_RRULE: 'The recurrence rule (RRULE) is not valid: {problem}',
  INVALID_TRANSITION: 'This cannot be done in the current status ({status})',
  JOB_NOT_FOUND: 'Scheduled task not found',
  MALFORMED_MULTIPART: 'The upload is not well formed',
  MEMBER_NOT_FOUND: 'Member not found',
  NO_ISSUING_COMMITTEE: 'This region has no CPPCC committee to issue it',
  OUTCOME_NOT_FOUND: 'No outcome has been recorded yet',
  OUT_OF_REGION: 'Outside the region you look after',
  RANGE_TOO_LONG: 'The period is too long: at most {limit} at a time',
  RATE_LIMITED: 'Too many requests; please try again later',
  SESSION_CANCELLED: 'The meeting has been cancelled',
  SESSION_NOT_FOUND: 'Meeting not found',
  TOTP_SETUP_REQUIRED: 'Set up two-factor authentication first',
  UNAUTHENTICATED: 'Please log in',
  UNEXPECTED_FILE: 'Only one file, named "file", is accepted',
  UNKNOWN_DEPARTMENT: 'Department not found',
  UNKNOWN_MEMBER: 'Member not found',
  UNKNOWN_WORKSTATION: 'Workstation not found',
  UNSUPPORTED_FILE_TYPE: 'This type of file is not accepted (judged by its content)',
  VALIDATION_FAILED: '{problems}',
  WORKSTATION_NOT_FOUND: 'Place not found',
};

/** The platform's own raising (filters, pipes, rate limiter): common codes only. */
export const Errors = errorsFrom({}, {});
for (const [code, text] of Object.entries(COMMON_ERRORS_EN)) ENGLISH.set(code, text);
