import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One server per DATA_DIR: a pid file created with O_EXCL, taken over only when its owner is dead. */
export class InstanceLock {
  private readonly file: string;
  private held = false;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, 'xieshang.pid');
  }

  acquire(): void {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(this.file, 'wx', 0o600);
        writeSync(fd, String(process.pid));
        closeSync(fd);
        this.held = true;
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const pid = Number(readFileSync(this.file, 'utf8').trim());
        if (pid && pid !== process.pid && alive(pid)) {
          throw new Error(
            `Another Xieshang server (pid ${pid}) is already using DATA_DIR=${path.dirname(this.file)}. ` +
              'Stop it first, or start this one with a different DATA_DIR.',
          );
        }
        unlinkSync(this.file); // stale: its owner died without cleaning up
      }
    }
    throw new Error(`Could not lock ${this.file}`);
  }

  release(): void {
    if (!this.held) return;
    try {
      unlinkSync(this.file);
    } catch {
      // already gone
    }
    this.held = false;
  }
}
