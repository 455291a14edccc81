import net from 'node:net';
import type { Socket } from 'socket.io-client';
import { liveSession } from '../support/factories/scheduling';
import {
  Ack,
  ChatMsg,
  connectLive,
  emitAck,
  liveStaff,
  resident,
  sleep,
  until,
} from '../support/factories/live';
import { ClusterNode, TestCluster } from '../support/cluster-nodes';

/**
 * Issue 6 point 13: two real server processes (the built app, `node dist/apps/server/src/main.js`)
 * on one database and one Redis. Clients on both nodes see each other's messages in order; one node
 * is killed with SIGKILL; its clients reconnect (through a small TCP "load balancer") to the other
 * node, re-join with their last seq and lose no acked message; presence sums across nodes.
 */
/** A TCP forwarder whose backend can be switched: what a load balancer does when a replica dies. */
class Balancer {
  private server: net.Server;
  private conns = new Set<net.Socket>();
  port = 0;
  constructor(public target: number) {
    this.server = net.createServer((c) => {
      const up = net.connect(this.target, '127.0.0.1');
      this.conns.add(c).add(up);
      c.pipe(up).pipe(c);
      const close = () => {
        c.destroy();
        up.destroy();
        this.conns.delete(c);
        this.conns.delete(up);
      };
      c.on('error', close).on('close', close);
      up.on('error', close).on('close', close);
    });
  }
  async listen(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as net.AddressInfo).port;
  }
  close(): void {
    for (const c of this.conns) c.destroy();
    this.server.close();
  }
}

/**
 * A client as the web client should behave: keeps its last seen seq, re-joins with it after every
 * (re)connection, and holds live batches that arrive before the join ack until the missed list is in.
 */
class Viewer {
  socket: Socket;
  lastSeq = 0;
  private joining = false;
  private early: ChatMsg[][] = [];
  readonly received: ChatMsg[] = [];
  readonly outOfOrder: number[] = [];
  readonly presence: number[] = [];
  joins = 0;
  constructor(
    url: string,
    token: string,
    readonly sessionId: string,
  ) {
    this.socket = connectLive(url, { token, reconnection: true });
    this.socket.io.reconnectionDelay(100);
    this.socket.io.reconnectionDelayMax(300);
    this.socket.on('chat:batch', (b: { messages: ChatMsg[] }) => {
      if (this.joining) this.early.push(b.messages);
      else this.take(b.messages);
    });
    this.socket.on('presence', (p: { online: number }) => this.presence.push(p.online));
    this.socket.on('connect', () => {
      this.joining = true;
      this.socket.emit('room:join', { sessionId, lastSeq: this.lastSeq }, (ack: Ack) => {
        this.joining = false;
        if (ack.ok) {
          this.joins++;
          this.take(ack.missed as ChatMsg[]);
        }
        for (const msgs of this.early.splice(0)) this.take(msgs);
      });
    });
  }
  private take(msgs: ChatMsg[]): void {
    for (const m of msgs) {
      if (m.seq <= this.lastSeq) continue; // already seen (live batch and catch-up may overlap)
      if (m.seq !== this.lastSeq + 1 && this.received.length) this.outOfOrder.push(m.seq);
      this.lastSeq = m.seq;
      this.received.push(m);
    }
  }
  seqs(): number[] {
    return this.received.map((m) => m.seq);
  }
}

describe('live rooms: two nodes on Redis', () => {
  const cluster = new TestCluster();
  const nodes: ClusterNode[] = cluster.nodes;
  const sockets: Socket[] = [];
  let balancer: Balancer;

  beforeAll(async () => {
    await cluster.prepare();
    await cluster.startNode();
    await cluster.startNode();
    balancer = new Balancer(nodes[1].port);
    await balancer.listen();
  }, 180_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    balancer?.close();
    await cluster.close();
  });

  it('shares rooms across nodes, survives SIGKILL of one node without losing acked messages, and sums presence', async () => {
    const [a, b] = nodes;
    const appA = cluster.appOn(a);
    const admin = await appA.login('admin');
    const organiser = await liveStaff(appA, admin, 'organiser');
    const s = await liveSession(appA, admin);
    const people = await Promise.all(Array.from({ length: 6 }, (_, i) => resident(appA, `节点${i}`)));
    const balancerUrl = `http://127.0.0.1:${balancer.port}`;
    // Three people on node A directly, three on node B through the balancer.
    const viewers = people.map((p, i) => new Viewer(i < 3 ? a.url : balancerUrl, p.token, s.id));
    const watcherA = new Viewer(a.url, organiser.token, s.id);
    const all = [...viewers, watcherA];
    for (const v of all) sockets.push(v.socket);
    await until(() => all.every((v) => v.joins >= 1), 20_000);

    // Presence sums across nodes: 7 people (6 residents + organiser), aggregated within 5 s.
    await until(() => viewers[0].presence.at(-1) === 7 && viewers[5].presence.at(-1) === 7, 10_000);

    const acked: Ack[] = [];
    const send = async (v: Viewer, i: number, tag: string) => {
      const ack = await emitAck(
        v.socket,
        'chat:send',
        { sessionId: s.id, clientMsgId: `${tag}-${i}`, text: `${tag} 第${i}条` },
        3000,
      ).catch(() => null);
      if (ack?.ok) acked.push(ack);
    };
    // Round 1: everyone talks; both nodes deliver everything in seq order.
    for (let i = 0; i < 3; i++) await Promise.all(viewers.map((v, k) => send(v, i, `p${k}`)));
    const n1 = acked.length;
    expect(n1).toBe(18);
    await until(() => all.every((v) => v.lastSeq === n1), 10_000);
    for (const v of all) expect(v.seqs()).toEqual(Array.from({ length: n1 }, (_, i) => i + 1));

    // Round 2: node B is killed mid-conversation; its clients land on node A through the balancer.
    const talking = (async () => {
      for (let i = 3; i < 12; i++) {
        await Promise.all(viewers.map((v, k) => send(v, i, `p${k}`)));
        await sleep(200);
      }
    })();
    await sleep(500);
    balancer.target = a.port;
    b.proc.kill('SIGKILL');
    await talking;
    const rejoined = viewers.slice(3);
    await until(() => rejoined.every((v) => v.joins >= 2 && v.socket.connected), 20_000);
    // Everyone sends once more after the failover so nothing is still in flight.
    await Promise.all(viewers.map((v, k) => send(v, 99, `p${k}`)));
    const maxSeq = Math.max(...acked.map((x) => x.seq as number));
    await until(() => all.every((v) => v.lastSeq >= maxSeq), 15_000);
    for (const v of all) {
      const got = new Set(v.seqs());
      const missing = acked.filter((x) => !got.has(x.seq as number)).map((x) => x.seq);
      expect(missing).toEqual([]);
      expect(v.outOfOrder).toEqual([]);
    }
    // After the failover every one of the 7 people is on node A.
    await until(() => viewers[0].presence.at(-1) === 7, 15_000);
  }, 120_000);
});
