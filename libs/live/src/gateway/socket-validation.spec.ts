import { BadInputError, ConflictError, TooManyRequestsError } from '@xs/platform';
import { ChatSendDto, PollVoteDto, RoomJoinDto } from './live.dto';
import { toAckError, validatePayload } from './socket-validation';

const SID = '249af7e3-bd3f-4114-8fc9-2ce762260085';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return toAckError(e).ack.error.code;
  }
}

describe('validatePayload (the gateway ValidationPipe)', () => {
  it('accepts a valid payload and returns a DTO instance', () => {
    const dto = validatePayload(RoomJoinDto, { sessionId: SID, lastSeq: 3 });
    expect(dto).toBeInstanceOf(RoomJoinDto);
    expect(dto.lastSeq).toBe(3);
  });

  it.each([
    ['unknown field', { sessionId: SID, extra: 1 }],
    ['wrong type', { sessionId: 42 }],
    ['negative seq', { sessionId: SID, lastSeq: -1 }],
    ['constructor key', { sessionId: SID, constructor: 'x' }],
    ['toString key', { sessionId: SID, toString: 1 }],
    ['prototype key', { sessionId: SID, prototype: [] }],
    ['hasOwnProperty key', { sessionId: SID, hasOwnProperty: 'x' }],
    ['nested constructor', { sessionId: { constructor: SID } }],
  ])('refuses %s with VALIDATION_FAILED', (_name, payload) => {
    expect(codeOf(() => validatePayload(RoomJoinDto, payload))).toBe('VALIDATION_FAILED');
  });

  it('refuses a __proto__ key from JSON without polluting prototypes', () => {
    const payload = JSON.parse(`{"sessionId":"${SID}","__proto__":{"polluted":true}}`);
    expect(codeOf(() => validatePayload(RoomJoinDto, payload))).toBe('VALIDATION_FAILED');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([null, undefined, 'text', 42, [SID], true])(
    'refuses a non-object payload %p with BAD_PAYLOAD',
    (payload) => {
      expect(codeOf(() => validatePayload(RoomJoinDto, payload))).toBe('BAD_PAYLOAD');
    },
  );

  it('checks arrays element by element', () => {
    expect(codeOf(() => validatePayload(PollVoteDto, { pollId: SID, optionIds: ['o1', 2] }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(codeOf(() => validatePayload(PollVoteDto, { pollId: SID, optionIds: [] }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      codeOf(() => validatePayload(ChatSendDto, { sessionId: SID, clientMsgId: 'a b', text: 'x' })),
    ).toBe('VALIDATION_FAILED');
  });
});

it('strips control characters (NUL included) from strings', () => {
  const dto = validatePayload(ChatSendDto, { sessionId: SID, clientMsgId: 'a', text: 'a\u0000b\u0007c\nd' });
  expect(dto.text).toBe('abc\nd');
});

describe('toAckError', () => {
  it('maps domain errors to their code, with retryAfter for rate limits', () => {
    expect(toAckError(new ConflictError('ALREADY_VOTED', 'x')).ack.error.code).toBe('ALREADY_VOTED');
    expect(toAckError(new TooManyRequestsError('RATE_LIMITED', 'x', 3)).ack.error).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfter: 3,
    });
    expect(toAckError(new BadInputError('EMPTY_TEXT', 'x')).unexpected).toBe(false);
  });

  it('maps unique violations to DUPLICATE and anything else to INTERNAL', () => {
    expect(toAckError({ code: '23505' }).ack.error.code).toBe('DUPLICATE');
    const other = toAckError(new Error('boom'));
    expect(other).toMatchObject({ unexpected: true, ack: { error: { code: 'INTERNAL' } } });
    expect(other.ack.error.message).not.toContain('boom');
  });
});
