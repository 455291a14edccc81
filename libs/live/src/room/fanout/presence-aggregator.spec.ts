import type { LiveNamespace } from '../../live-socket';
import { PresenceAggregator } from './presence-aggregator';
import { RoomRuntime } from './room-runtime';
import type { FanoutTuning } from './tuning';

/** The count's beat, with the clock given: a room of a few sockets (the socket.io broadcast path). */
describe('presence announce (the online count to a room)', () => {
  // The stored peak is kept by `aggregate` (not run here): peak shows as max(stored, online).
  const sent: { online: number; peak: number }[] = [];
  const nsp = {
    adapter: { rooms: new Map([['s:room-1', new Set(['a', 'b'])]]) },
    local: { to: () => ({ emit: (_e: string, body: { online: number; peak: number }) => sent.push(body) }) },
  } as unknown as LiveNamespace;
  const tuning = { presenceAnnounceMs: 1000, sliceAbove: 1000 } as FanoutTuning;
  const agg = new PresenceAggregator(undefined as never, undefined as never, undefined as never, tuning);

  it('sends the first change at once, folds the changes of the next second into one, and nothing unchanged', () => {
    const rt = new RoomRuntime('room-1');
    agg.add(rt, 'p1');
    agg.announce(nsp, rt, 10_000);
    expect(sent).toEqual([{ sessionId: 'room-1', online: 1, peak: 1 }]);
    // A rush: a join every tick; none goes out before the beat…
    for (let i = 2; i <= 9; i++) {
      agg.add(rt, `p${i}`);
      agg.announce(nsp, rt, 10_000 + (i - 1) * 100);
    }
    expect(sent).toHaveLength(1);
    // …then the latest count, once.
    agg.announce(nsp, rt, 11_000);
    agg.announce(nsp, rt, 11_100);
    expect(sent).toEqual([
      { sessionId: 'room-1', online: 1, peak: 1 },
      { sessionId: 'room-1', online: 9, peak: 9 },
    ]);
    // Unchanged: nothing, however long after.
    agg.announce(nsp, rt, 60_000);
    expect(sent).toHaveLength(2);
    agg.remove(rt, 'p9');
    agg.announce(nsp, rt, 60_100);
    expect(sent.at(-1)).toMatchObject({ sessionId: 'room-1', online: 8 });
    expect(sent).toHaveLength(3);
  });
});
