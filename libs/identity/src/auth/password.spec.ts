import { hashPassword, passwordProblems, verifyPassword } from './password';

describe('passwords', () => {
  it('refuses short or single-class passwords', () => {
    expect(passwordProblems('Ab1!')).toBeDefined();
    expect(passwordProblems('abcdefghijkl')).toBeDefined();
    expect(passwordProblems('abcdefgh12')).toBeDefined();
    expect(passwordProblems('Abcdefgh12')).toBeUndefined();
  });

  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('Correct-Horse-9');
    expect(h.startsWith('$argon2id$')).toBe(true);
    await expect(verifyPassword(h, 'Correct-Horse-9')).resolves.toBe(true);
    await expect(verifyPassword(h, 'wrong-Horse-9')).resolves.toBe(false);
  });
});
