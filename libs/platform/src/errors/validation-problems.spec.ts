import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { toErrorBody } from './error-body';
import { messageIn } from './error-catalogue';
import { describedPattern, problemsOf, ruleMessage, ValidationFailedError } from './validation-problems';
import { IsTimestamp } from '../http/is-timestamp';
import { MOBILE_RE } from '../crypto/pii';

const CODE_RE = describedPattern(/^[A-Z]{3}$/, '应为 3 个大写字母', 'must be 3 capital letters');

class Item {
  @IsInt() @Max(240) minutes: number;
}
class Form {
  @IsString() @Length(2, 10) title: string;
  @IsIn(['onsite', 'online']) format: string;
  @Matches(MOBILE_RE) phone: string;
  @Matches(CODE_RE) code: string;
  @Matches(/^x+$/, ruleMessage('只能是 x', 'must be only x')) xs: string;
  @IsUUID('4', { each: true }) @ArrayMaxSize(2) ids: string[];
  @ValidateNested({ each: true }) @Type(() => Item) agenda: Item[];
  @IsTimestamp() at: Date;
}

function failure(input: Record<string, unknown>): ValidationFailedError {
  const form = Object.assign(new Form(), input);
  if (Array.isArray(input.agenda)) form.agenda = input.agenda.map((a) => Object.assign(new Item(), a));
  const errors = validateSync(form, { whitelist: true, forbidNonWhitelisted: true });
  return new ValidationFailedError(problemsOf(errors));
}

const BAD = {
  title: 'x',
  format: 'tv',
  phone: '12345',
  code: 'ab',
  xs: 'y',
  ids: ['nope', 'b', 'c'],
  agenda: [{ minutes: 10 }, { minutes: 999 }],
  at: new Date(Number.NaN),
  extra: 1,
};

describe('validation problems in the asker language', () => {
  it('says each broken rule with its field and its own arguments, in Simplified Chinese by default', () => {
    const e = failure(BAD);
    expect(e.linesIn('zh-Hans').sort()).toEqual(
      [
        'title 长度应为 2–10 个字符',
        'format 应为以下之一：onsite、online',
        'phone 应为有效的中国大陆手机号码',
        'code 应为 3 个大写字母',
        'xs 只能是 x',
        'ids 中每一项应为有效的编号（UUID）',
        'ids 最多 2 项',
        'at 应为 ISO 8601 日期或日期时间',
        'extra 不是可接受的字段',
        'agenda.1.minutes 不能大于 240',
      ].sort(),
    );
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.message).toBe(e.linesIn('zh-Hans').join('；'));
  });

  it('says the same problems in English and in Traditional Chinese', () => {
    const e = failure(BAD);
    expect(e.linesIn('en').sort()).toEqual(
      [
        'title must be 2 to 10 characters long',
        'format must be one of: onsite, online',
        'phone must be a valid mainland China mobile number',
        'code must be 3 capital letters',
        'xs must be only x',
        'ids (each item) must be a valid ID (a UUID)',
        'ids must have at most 2 items',
        'at must be an ISO 8601 date or date-time',
        'extra is not an accepted field',
        'agenda.1.minutes must not be greater than 240',
      ].sort(),
    );
    expect(e.linesIn('zh-Hant')).toContain('title 長度應為 2–10 個字符');
    expect(messageIn(e, 'en')).toBe(e.linesIn('en').join('; '));
    expect(messageIn(e, 'zh-Hant')).toBe(e.linesIn('zh-Hant').join('；'));
    expect(messageIn(e, 'zh-Hant')).toContain('extra 不是可接受的字段');
  });

  it('answers a list of lines and the problems by field', () => {
    const { body } = toErrorBody(failure({ ...BAD, title: 'ok title' }), 'en');
    expect(body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(body.message).toEqual(expect.arrayContaining(['format must be one of: onsite, online']));
    expect(body.details?.problems).toEqual(
      expect.arrayContaining([
        { field: 'format', rule: 'isIn', message: 'must be one of: onsite, online' },
        { field: 'agenda.1.minutes', rule: 'max', message: 'must not be greater than 240' },
      ]),
    );
  });

  it('says only the type when a value is of the wrong type, not the rules that follow from it', () => {
    const e = failure({ ...BAD, title: 42 });
    expect(e.linesIn('zh-Hans').filter((l) => l.startsWith('title'))).toEqual(['title 应为文本']);
  });

  it('says dates out of range with the day they must not pass', () => {
    const e = failure({ ...BAD, at: new Date('1850-06-01T00:00:00Z') });
    expect(e.linesIn('zh-Hans')).toContain('at 不能早于 1900-01-01');
    expect(e.linesIn('en')).toContain('at must not be before 1900-01-01');
  });
});
