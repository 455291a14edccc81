import { getMetadataStorage, type ValidationError, type ValidationOptions } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { BadInputError } from './domain-error';
import { inScript, local, type Lang, type LocalText } from './language';

/** One broken rule of a request body: where (`agenda.0.minutes`), which rule (`max`), and why, in words. */
export interface Problem {
  readonly field: string;
  readonly rule: string;
  readonly text: LocalText;
}

/** A problem as the API answers it: `details.problems[]` of a VALIDATION_FAILED. */
export interface ProblemBody {
  field: string;
  rule: string;
  message: string;
}

/**
 * A body that breaks its DTO's rules. Its lines are said in the asker's language (class-validator's
 * own messages are English only), each starting with the field's path so a client can place it.
 */
export class ValidationFailedError extends BadInputError {
  constructor(readonly problems: readonly Problem[]) {
    const zh = problems.map((p) => lineOf(p, 'zh-Hans'));
    super('VALIDATION_FAILED', zh.join('；'));
    this.values = { problems: local(zh.join('；'), problems.map((p) => lineOf(p, 'en')).join('; ')) };
  }

  linesIn(lang: Lang): string[] {
    return this.problems.map((p) => lineOf(p, lang));
  }

  bodiesIn(lang: Lang): ProblemBody[] {
    return this.problems.map((p) => ({ field: p.field, rule: p.rule, message: textIn(p.text, lang) }));
  }
}

function textIn(text: LocalText, lang: Lang): string {
  return lang === 'en' ? text.en : inScript(text['zh-Hans'], lang);
}

function lineOf(p: Problem, lang: Lang): string {
  return p.field ? `${p.field} ${textIn(p.text, lang)}` : textIn(p.text, lang);
}

/**
 * A DTO rule's message in both languages, for a rule whose meaning the generic wording would lose
 * (`@Matches(PHONE, ruleMessage('请输入有效的手机号码', 'Enter a valid mobile number'))`).
 */
export function ruleMessage(zhHans: string, en: string): Pick<ValidationOptions, 'message'> {
  return { message: Object.assign(() => zhHans, { local: local(zhHans, en) }) };
}

type Rule = (args: readonly unknown[]) => LocalText;

const PATTERNS = new Map<string, LocalText>();

/**
 * Says in words what a pattern accepts, so a value that does not match it (`@Matches(re)`) is told
 * what is wanted rather than "not in the right format". Returns the pattern, to wrap its declaration.
 */
export function describedPattern(re: RegExp, zhHans: string, en: string): RegExp {
  PATTERNS.set(re.source, local(zhHans, en));
  return re;
}

/** A rule's argument as words: a day for a date, the items for a list (joined by `sep`). */
function w(arg: unknown, sep = ', '): string {
  if (arg instanceof Date) return arg.toISOString().slice(0, 10);
  if (Array.isArray(arg)) return arg.map((x) => w(x)).join(sep);
  return String(arg);
}

/** Every rule our DTOs use, in words. A rule not named here reads "is not valid (rule)". */
const RULES: Record<string, Rule> = {
  isDefined: () => local('不能为空', 'is required'),
  isString: () => local('应为文本', 'must be text'),
  isLength: ([min, max]) =>
    max === undefined
      ? local(`至少 ${w(min)} 个字符`, `must be at least ${w(min)} characters long`)
      : Number(min) === 0
        ? local(`不能超过 ${w(max)} 个字符`, `must be at most ${w(max)} characters long`)
        : local(`长度应为 ${w(min)}–${w(max)} 个字符`, `must be ${w(min)} to ${w(max)} characters long`),
  minLength: ([n]) => local(`至少 ${w(n)} 个字符`, `must be at least ${w(n)} characters long`),
  maxLength: ([n]) => local(`不能超过 ${w(n)} 个字符`, `must be at most ${w(n)} characters long`),
  matches: ([pattern]) =>
    PATTERNS.get(pattern instanceof RegExp ? pattern.source : String(pattern)) ??
    local('格式不正确', 'is not in the right format'),
  isUuid: () => local('应为有效的编号（UUID）', 'must be a valid ID (a UUID)'),
  isIn: ([values]) => local(`应为以下之一：${w(values, '、')}`, `must be one of: ${w(values)}`),
  min: ([n]) => local(`不能小于 ${w(n)}`, `must not be less than ${w(n)}`),
  max: ([n]) => local(`不能大于 ${w(n)}`, `must not be greater than ${w(n)}`),
  isInt: () => local('应为整数', 'must be a whole number'),
  isNumber: () => local('应为数字', 'must be a number'),
  isBoolean: () => local('应为 true 或 false', 'must be true or false'),
  isArray: () => local('应为列表', 'must be a list'),
  arrayMinSize: ([n]) => local(`至少 ${w(n)} 项`, `must have at least ${w(n)} items`),
  arrayMaxSize: ([n]) => local(`最多 ${w(n)} 项`, `must have at most ${w(n)} items`),
  arrayUnique: () => local('不能有重复项', 'must not repeat an item'),
  isObject: () => local('应为对象', 'must be an object'),
  nestedValidation: () => local('应为对象或列表', 'must be an object or a list'),
  isIso8601: () => local('应为 ISO 8601 日期或日期时间', 'must be an ISO 8601 date or date-time'),
  isDate: () => local('应为 ISO 8601 日期或日期时间', 'must be an ISO 8601 date or date-time'),
  minDate: ([d]) => local(`不能早于 ${w(d)}`, `must not be before ${w(d)}`),
  maxDate: ([d]) => local(`不能晚于 ${w(d)}`, `must not be after ${w(d)}`),
  whitelistValidation: () => local('不是可接受的字段', 'is not an accepted field'),
  unknownValue: () => local('不是可接受的内容', 'is not an acceptable value'),
};

/** The rules said in words (a test holds every rule a DTO declares to be one of them). */
export const RULES_IN_WORDS: ReadonlySet<string> = new Set(Object.keys(RULES));

const TYPE_RULES = new Set(['isString', 'isInt', 'isNumber', 'isBoolean', 'isArray', 'isObject', 'isDate']);

/** What a field's rule was declared with: its arguments, `each`, and its own message if it has one. */
interface Declared {
  constraints: readonly unknown[];
  each: boolean;
  message?: LocalText;
}

/** The declaration of `rule` on `property` of the validated object's class (nothing when unknown). */
function declared(target: object | undefined, property: string, rule: string): Declared | undefined {
  if (!target || typeof target !== 'object') return undefined;
  const storage = getMetadataStorage();
  const metas: ValidationMetadata[] = storage.getTargetValidationMetadatas(
    target.constructor,
    '',
    true,
    false,
  );
  for (const m of metas) {
    if (m.propertyName !== property) continue;
    const name =
      m.type === 'customValidation'
        ? storage.getTargetValidatorConstraints(m.constraintCls)[0]?.name
        : m.type;
    if (name !== rule) continue;
    const own = (m.message as { local?: LocalText } | undefined)?.local;
    return { constraints: m.constraints ?? [], each: !!m.each, message: own };
  }
  return undefined;
}

function problemOf(e: ValidationError, field: string, rule: string): Problem {
  const d = declared(e.target, e.property, rule);
  const own = e.constraints?.[rule] ?? '';
  const text =
    d?.message ??
    RULES[rule]?.(d?.constraints ?? []) ??
    // A message of the DTO's own without English (none today): it is the best there is, in either.
    (own && !own.startsWith(e.property)
      ? local(own, own)
      : local(`不符合要求（${rule}）`, `is not valid (${rule})`));
  if (!d?.each) return { field, rule, text };
  return { field, rule, text: local(`中每一项${text['zh-Hans']}`, `(each item) ${text.en}`) };
}

/** class-validator's errors, nested ones included (`agenda.0.minutes`), as problems in words. */
export function problemsOf(errors: readonly ValidationError[], prefix = ''): Problem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const rules = Object.keys(e.constraints ?? {});
    // A value of the wrong type breaks its range and length rules too: saying so adds only noise.
    const wrongType = rules.filter((r) => TYPE_RULES.has(r));
    const own = (wrongType.length ? wrongType : rules).map((rule) => problemOf(e, field, rule));
    return [...own, ...problemsOf(e.children ?? [], field)];
  });
}

/** A problem found before the validator runs (the socket's shape check): field, rule and words. */
export function problem(field: string, rule: string, zhHans: string, en: string): Problem {
  return { field, rule, text: local(zhHans, en) };
}
