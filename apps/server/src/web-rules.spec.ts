import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { MOBILE_RE } from '@xs/platform';
import { CreateUserDto } from '../../../libs/identity/src/users/users.dto';
import { passwordProblems } from '../../../libs/identity/src/auth/password';
import { isStrongPassword, isValidPhone, USERNAME_PATTERN } from '../../web/src/shared/rules';

/**
 * The web forms check what a person types before sending. A form stricter than the server turns away
 * what the server would take; one looser lets through what the server then refuses after Save. Each of
 * the web's rules must say yes and no exactly where the server does.
 */
describe('the web forms check by the server rules', () => {
  it('mobile numbers', () => {
    const phones = ['13812345678', '19912345678', '12345678901', '10012345678', '1381234567', '138123456789'];
    phones.push('1381234567a', '+8613812345678', '');
    for (const p of phones) expect([p, isValidPhone(p)]).toEqual([p, MOBILE_RE.test(p)]);
  });

  it('passwords', () => {
    const passwords = [
      'Short1!',
      'alllowercase',
      'alllowercase1',
      'Lowerupper1',
      'lower-case-1',
      'UPPER_CASE_1',
    ];
    passwords.push(
      '沒有英文字母的密碼一二三',
      'Aa1'.repeat(43),
      'Aa1'.repeat(42) + 'Aa',
      '长度足够的中文密码Ab',
    );
    for (const p of passwords)
      expect([p, isStrongPassword(p)]).toEqual([p, passwordProblems(p) === undefined]);
  });

  it('usernames', () => {
    const names = ['water', 'wh_organiser', 'li.ming-2', '1_water', '_water', 'ab', 'abc', 'a'.repeat(64)];
    names.push('a'.repeat(65), 'wang wei', '王伟', 'zhang@gov');
    const serverTakes = (username: string) =>
      !validateSync(plainToInstance(CreateUserDto, { username }), { skipMissingProperties: true }).some(
        (e) => e.property === 'username',
      );
    for (const n of names) expect([n, USERNAME_PATTERN.test(n)]).toEqual([n, serverTakes(n)]);
  });
});
