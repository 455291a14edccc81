import { spawnSync } from 'node:child_process';

/**
 * A network namespace for a bench's load processes, joined to the host by a veth pair: the load
 * reaches the server at `hostIp` from `loadIps`, so its receiving is not done on the server's loopback.
 * Torn down when the bench exits.
 */
export function netnsUp(o: { ns: string; veth: string; hostIp: string; loadIps: string[] }): void {
  const sh = (cmd: string[]): void => {
    const r = spawnSync(cmd[0], cmd.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`${cmd.join(' ')}: ${r.stderr.toString().trim()}`);
  };
  const { ns, veth } = o;
  sh(['ip', 'netns', 'add', ns]);
  sh(['ip', 'link', 'add', `${veth}h`, 'type', 'veth', 'peer', 'name', `${veth}l`]);
  sh(['ip', 'link', 'set', `${veth}l`, 'netns', ns]);
  sh(['ip', 'addr', 'add', `${o.hostIp}/24`, 'dev', `${veth}h`]);
  sh(['ip', 'link', 'set', `${veth}h`, 'up']);
  const inNs = (c: string[]) => sh(['ip', 'netns', 'exec', ns, ...c]);
  for (const ip of o.loadIps) inNs(['ip', 'addr', 'add', `${ip}/24`, 'dev', `${veth}l`]);
  inNs(['ip', 'link', 'set', `${veth}l`, 'up']);
  inNs(['ip', 'link', 'set', 'lo', 'up']);
  process.on('exit', () => {
    spawnSync('ip', ['link', 'del', `${veth}h`]);
    spawnSync('ip', ['netns', 'del', ns]);
  });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(130));
}
