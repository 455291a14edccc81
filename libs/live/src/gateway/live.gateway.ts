import { createHash, randomUUID } from 'node:crypto';
import { Inject, Logger, OnModuleDestroy } from '@nestjs/common';
import {
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  WebSocketGateway,
} from '@nestjs/websockets';
import type { LiveClientEvent, LiveClientEvents, LiveServerEvents } from '@xs/contracts';
import type { LiveNamespace, LiveSocket } from '../live-socket';
import { SessionAuthenticator } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { APP_CONFIG, clientIp, DomainError, RateLimiter, runWithLogContext } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { ChatService } from '../chat/chat.service';
import { SensitiveWords } from '../chat/sensitive-words';
import { InteractService } from '../interact/interact.service';
import { FanoutService } from '../room/fanout.service';
import { dataOf, LiveSocketData, RoomService } from '../room/room.service';
import {
  AuthRefreshDto,
  ChatSendDto,
  HandGrantDto,
  HandRaiseDto,
  HandRef,
  ModBanDto,
  ModMessageDto,
  ModMuteDto,
  ModPinDto,
  ModSegmentDto,
  ModSlowModeDto,
  PollOpenDto,
  PollRef,
  PollVoteDto,
  QuestionAnswerDto,
  QuestionAskDto,
  QuestionRef,
  ReactionLikeDto,
  RoomJoinDto,
  RoomStatusDto,
  SessionRef,
  StatementVoteDto,
  SuggestionPromoteDto,
} from './live.dto';
import { ConsensusService } from '../consensus/consensus.service';
import { originAllowed } from './origin';
import { ackError, toAckError, validatePayload } from './socket-validation';
import { langOfSocket, sayTo, socketLang } from './socket-lang';
import { Errors } from '../errors';

export const LIVE_MAX_PAYLOAD = 64 * 1024;

type Handler<R = object> = (socket: LiveSocket, dto: never) => Promise<R>;
/** One handler per client event of the contract, answering with that event's ack. */
type Handlers = { [E in LiveClientEvent]: [new () => object, Handler<LiveClientEvents[E]['ack']>] };
type Ack = (body: object) => void;

interface SocketGuard {
  tokens: number;
  at: number;
  strikes: number;
  expiry?: NodeJS.Timeout;
}

/**
 * The live rooms' socket.io namespace. Authentication happens in the handshake (a namespace
 * middleware, before `connection`: guards do not run at connect); every event is validated by the
 * gateway itself and answered with an ack `{ ok, … }`.
 */
@WebSocketGateway({ namespace: '/live', maxHttpBufferSize: LIVE_MAX_PAYLOAD, serveClient: false })
export class LiveGateway implements OnGatewayInit, OnGatewayConnection, OnGatewayDisconnect, OnModuleDestroy {
  /** How often sessions of connected users are re-checked (revoked / disabled → cut off). */
  recheckMs = 30_000;
  /** Events per second per socket (burst twice that); a socket far over it is disconnected. */
  eventsPerSecond = 20;
  maxStrikes = 50;

  private nsp: LiveNamespace | undefined;
  private recheckTimer: NodeJS.Timeout | undefined;
  private readonly guards = new WeakMap<LiveSocket, SocketGuard>();
  private readonly logger = new Logger('live');
  private readonly handlers: Handlers;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly authn: SessionAuthenticator,
    private readonly room: RoomService,
    private readonly chat: ChatService,
    private readonly interact: InteractService,
    private readonly fanout: FanoutService,
    private readonly words: SensitiveWords,
    private readonly limiter: RateLimiter,
    private readonly consensus: ConsensusService,
  ) {
    const p = (s: LiveSocket): Principal | undefined => dataOf(s).principal;
    const h = <T extends object, R>(
      dto: new () => T,
      fn: (s: LiveSocket, d: T) => Promise<R>,
    ): [new () => object, Handler<R>] => [dto, fn];
    this.handlers = {
      'room:join': h(RoomJoinDto, (s, d) => this.room.join(s, d.sessionId, d.lastSeq)),
      'room:leave': h(SessionRef, async (s, d) => ({ left: this.room.leave(s, d.sessionId) })),
      'chat:send': h(ChatSendDto, (s, d) => this.chat.send(s, d)),
      'question:ask': h(QuestionAskDto, (s, d) => this.interact.ask(s, d)),
      'question:upvote': h(QuestionRef, (s, d) => this.interact.upvote(s, d.questionId)),
      'question:answer': h(QuestionAnswerDto, (s, d) => this.interact.answer(p(s), d)),
      'hand:raise': h(HandRaiseDto, (s, d) => this.interact.raise(s, d)),
      'hand:lower': h(SessionRef, (s, d) => this.interact.lower(s, d.sessionId)),
      'hand:grant': h(HandGrantDto, (s, d) => this.interact.grant(p(s), d)),
      'hand:end': h(HandRef, (s, d) => this.interact.end(p(s), d.handId)),
      'poll:open': h(PollOpenDto, (s, d) => this.interact.openPoll(p(s), d)),
      'poll:close': h(PollRef, (s, d) => this.interact.closePoll(p(s), d.pollId)),
      'poll:vote': h(PollVoteDto, (s, d) => this.interact.vote(s, d)),
      'reaction:like': h(ReactionLikeDto, (s, d) => this.interact.like(s, d)),
      'mod:hide': h(ModMessageDto, (s, d) => this.moderate(p(s), d, 'hide')),
      'mod:approve': h(ModMessageDto, (s, d) => this.moderate(p(s), d, 'approve')),
      'mod:mute': h(ModMuteDto, (s, d) => this.chat.sanction(p(s), 'mute', d)),
      'mod:ban': h(ModBanDto, (s, d) => this.chat.sanction(p(s), 'ban', d)),
      'mod:pin': h(ModPinDto, (s, d) => this.room.pin(p(s), d.sessionId, d.text)),
      'mod:slowmode': h(ModSlowModeDto, (s, d) => this.room.slowMode(p(s), d.sessionId, d.seconds)),
      'mod:segment': h(ModSegmentDto, (s, d) => this.room.segment(p(s), d.sessionId, d.index ?? null)),
      'room:status': h(RoomStatusDto, (s, d) => this.room.setStatus(p(s), d.sessionId, d.status)),
      'suggestion:promote': h(SuggestionPromoteDto, (s, d) => this.interact.promote(p(s), d)),
      'auth:refresh': h(AuthRefreshDto, (s, d) => this.refresh(s, d.token)),
      'statement:vote': h(StatementVoteDto, (s, d) =>
        this.consensus.voteFromSocket(s, d.statementId, d.vote),
      ),
      'statement:next': h(SessionRef, (s, d) => this.consensus.next(s, d.sessionId)),
    };
  }

  afterInit(nsp: LiveNamespace): void {
    this.nsp = nsp;
    this.fanout.attach(nsp, !!this.config.redisUrl);
    this.interact.start();
    nsp.use((socket, next) => {
      this.authenticate(socket).then(
        () => next(),
        (e: unknown) => {
          const { ack } = toAckError(e, socketLang(socket));
          const err = new Error(ack.error.message) as Error & { data: unknown };
          err.data = ack.error;
          next(err);
        },
      );
    });
    nsp.on('live:kick', (sessionId: string, userId: string, notice?: LiveServerEvents['notice']) =>
      this.chat.kickLocal(sessionId, userId, notice),
    );
    nsp.on('live:consensus-dirty', (sessionId: string) => this.consensus.markDirtyLocal(sessionId));
    this.restartRecheck();
  }

  restartRecheck(): void {
    if (this.recheckTimer) clearInterval(this.recheckTimer);
    this.recheckTimer = setInterval(() => void this.recheck(), this.recheckMs);
    this.recheckTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.recheckTimer) clearInterval(this.recheckTimer);
  }

  private async authenticate(socket: LiveSocket): Promise<void> {
    const hs = socket.handshake;
    if (!originAllowed(this.config, hs.headers.origin, hs.headers.host)) {
      throw Errors.forbidden('ORIGIN_NOT_ALLOWED');
    }
    const auth = (hs.auth ?? {}) as Record<string, unknown>;
    const data: LiveSocketData = {
      viewer: { userId: null, nickname: '', key: '' },
      joined: new Set(),
      lang: socketLang(socket),
    };
    if (typeof auth.token === 'string' && auth.token) {
      const { principal, restricted, expiresAt } = await this.authn.authenticate(auth.token);
      if (restricted) throw Errors.forbidden('TOTP_SETUP_REQUIRED');
      data.principal = principal;
      data.viewer = {
        userId: principal.id,
        nickname: principal.nickname ?? principal.displayName,
        key: principal.id,
      };
      this.guard(socket).expiry = this.expireAt(socket, expiresAt);
    } else if (typeof auth.nickname === 'string') {
      const nickname = auth.nickname.trim();
      if (!nickname || [...nickname].length > 20) throw Errors.badInput('BAD_NICKNAME');
      if (this.words.match(nickname)) throw Errors.badInput('BAD_NICKNAME');
      const ip = clientIp(socket.request, this.config.trustedProxies);
      // Anonymous guests are rate limited per address like every other public write.
      await this.limiter.enforce(`live-guest:${ip}`, {
        limit: this.config.writeRatePerMinute,
        windowSeconds: 60,
      });
      const key = `anon:${createHash('sha256').update(`${ip}|${nickname}`).digest('hex').slice(0, 32)}`;
      data.viewer = { userId: null, nickname, key };
    } else {
      throw Errors.unauthorized('UNAUTHENTICATED');
    }
    socket.data = data;
  }

  private expireAt(socket: LiveSocket, expiresAt: number): NodeJS.Timeout {
    const t = setTimeout(
      () => {
        socket.emit('auth:expired', {
          code: 'TOKEN_EXPIRED',
          message: sayTo(
            socket,
            '登录凭证已过期，请刷新后重新连接',
            'Your login has expired; refresh it and reconnect',
          ),
        });
        socket.disconnect(true);
      },
      Math.max(0, Math.min(expiresAt - Date.now(), 2 ** 31 - 1)),
    );
    t.unref();
    return t;
  }

  /** A fresh access token for the same user extends the connection past the old token's expiry. */
  private async refresh(socket: LiveSocket, token: string): Promise<LiveClientEvents['auth:refresh']['ack']> {
    const d = dataOf(socket);
    if (!d.principal) throw Errors.forbidden('READ_ONLY');
    const { principal, expiresAt } = await this.authn.authenticate(token);
    if (principal.id !== d.principal.id) throw Errors.forbidden('OTHER_USER');
    d.principal = principal;
    const g = this.guard(socket);
    if (g.expiry) clearTimeout(g.expiry);
    g.expiry = this.expireAt(socket, expiresAt);
    return { expiresAt: new Date(expiresAt).toISOString() };
  }

  handleConnection(socket: LiveSocket): void {
    if (!socket.data?.viewer) {
      socket.disconnect(true);
      return;
    }
    // Each event is served in its own log context: its lines carry the socket, the event and the user.
    socket.onAny((event: unknown, ...args: unknown[]) =>
      runWithLogContext(
        {
          requestId: randomUUID(),
          userId: dataOf(socket).principal?.id,
          socket: socket.id,
          event: String(event).slice(0, 40),
        },
        () => void this.dispatch(socket, event, args),
      ),
    );
  }

  handleDisconnect(socket: LiveSocket): void {
    const g = this.guards.get(socket);
    if (g?.expiry) clearTimeout(g.expiry);
    if (socket.data?.joined) this.room.leaveAll(socket);
  }

  private guard(socket: LiveSocket): SocketGuard {
    let g = this.guards.get(socket);
    if (!g) {
      g = { tokens: this.eventsPerSecond * 2, at: Date.now(), strikes: 0 };
      this.guards.set(socket, g);
    }
    return g;
  }

  private strike(socket: LiveSocket, g: SocketGuard): void {
    if (++g.strikes > this.maxStrikes) {
      socket.emit('notice', {
        kind: 'disconnect',
        text: sayTo(socket, '连接因异常请求过多被断开', 'Disconnected after too many bad requests'),
      });
      socket.disconnect(true);
    }
  }

  private async dispatch(socket: LiveSocket, event: unknown, args: unknown[]): Promise<void> {
    const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as Ack) : undefined;
    const g = this.guard(socket);
    const now = Date.now();
    g.tokens = Math.min(this.eventsPerSecond * 2, g.tokens + ((now - g.at) / 1000) * this.eventsPerSecond);
    g.at = now;
    g.tokens -= 1;
    const reply = (body: object) => {
      try {
        ack?.(body);
      } catch {
        // a broken ack callback from a malformed packet must not take the handler down
      }
    };
    if (g.tokens < 0) {
      reply(ackError(langOfSocket(socket), 'RATE_LIMITED', '请求过于频繁', 'Too many requests', 1));
      if (g.tokens < -this.eventsPerSecond * 5) socket.disconnect(true);
      return;
    }
    // Own keys only: `constructor` or `__proto__` as an event name is unknown, not Object's.
    const entry =
      typeof event === 'string' && Object.hasOwn(this.handlers, event)
        ? (this.handlers[event as LiveClientEvent] as [new () => object, Handler])
        : undefined;
    if (!entry) {
      this.strike(socket, g);
      reply(ackError(langOfSocket(socket), 'UNKNOWN_EVENT', '未知事件', 'Unknown event'));
      return;
    }
    if (!ack) {
      this.strike(socket, g);
      socket.emit('notice', {
        kind: 'error',
        code: 'ACK_REQUIRED',
        text: sayTo(socket, `${String(event)} 需要回调 (ack)`, `${String(event)} needs an ack callback`),
      });
      return;
    }
    try {
      if (args.length > 1) throw Errors.badInput('BAD_PAYLOAD');
      const dto = validatePayload(entry[0], args[0]);
      const result = await entry[1](socket, dto as never);
      reply({ ok: true, ...result });
    } catch (e) {
      const { ack: body, unexpected } = toAckError(e, langOfSocket(socket));
      if (unexpected) {
        this.logger.error({ msg: 'live event failed', event, error: (e as Error)?.message });
      } else if (e instanceof DomainError && Number(e.status) === 400) this.strike(socket, g);
      reply(body);
    }
  }

  private async moderate(
    p: Principal | undefined,
    d: ModMessageDto,
    action: 'hide' | 'approve',
  ): Promise<LiveClientEvents['mod:hide' | 'mod:approve']['ack']> {
    if (!!d.messageId === !!d.questionId) throw Errors.badInput('ONE_TARGET');
    if (d.questionId)
      return this.interact.moderateQuestion(p, d.questionId, action === 'hide' ? 'hidden' : 'visible');
    return action === 'hide' ? this.chat.hide(p, d.messageId!) : this.chat.approve(p, d.messageId!);
  }

  /** Revoked sessions and disabled accounts are cut off within `recheckMs` (+ the check itself). */
  private async recheck(): Promise<void> {
    if (!this.nsp) return;
    const bySession = new Map<string, LiveSocket[]>();
    for (const s of this.nsp.sockets.values()) {
      const sid = (s.data as LiveSocketData | undefined)?.principal?.sessionId;
      if (!sid) continue;
      const list = bySession.get(sid) ?? [];
      list.push(s);
      bySession.set(sid, list);
    }
    const ids = [...bySession.keys()];
    const worker = async () => {
      for (let id = ids.pop(); id !== undefined; id = ids.pop()) {
        const ok = await this.authn.stillValid(id).catch(() => true);
        if (ok) continue;
        for (const s of bySession.get(id)!) {
          s.emit('auth:revoked', {
            code: 'SESSION_REVOKED',
            message: sayTo(s, '登录已失效', 'Your login has ended; please log in again'),
          });
          s.disconnect(true);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
  }
}
