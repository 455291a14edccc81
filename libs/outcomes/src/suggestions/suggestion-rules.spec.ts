import { mayTransition } from './suggestion-rules';

describe('suggestion state machine', () => {
  it('follows draft → assigned → replied → completed', () => {
    expect(mayTransition('assign', 'draft')).toBe(true);
    expect(mayTransition('reply', 'assigned')).toBe(true);
    expect(mayTransition('complete', 'replied')).toBe(true);
  });

  it('refuses steps out of order', () => {
    expect(mayTransition('complete', 'assigned')).toBe(false);
    expect(mayTransition('reply', 'draft')).toBe(false);
    expect(mayTransition('assign', 'replied')).toBe(false);
    expect(mayTransition('complete', 'completed')).toBe(false);
  });

  it('rejects only from draft or assigned', () => {
    expect(mayTransition('reject', 'draft')).toBe(true);
    expect(mayTransition('reject', 'assigned')).toBe(true);
    expect(mayTransition('reject', 'replied')).toBe(false);
    expect(mayTransition('reject', 'rejected')).toBe(false);
  });
});
