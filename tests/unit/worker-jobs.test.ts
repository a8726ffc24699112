/**
 * WorkerJobs (src/client/worker-jobs.ts), the one "worker, or the page" runner of the
 * web.xml checker and the error decoder, with a stand-in Worker (an EventTarget that
 * answers as serveJobs does, or holds its answers back, or fails to load).
 */
import { describe, expect, it } from 'vitest';
import { JobCancelled, WorkerJobs } from '../../src/client/worker-jobs';

type Mode = 'answer' | 'hold' | 'fail-load';

class FakeWorker extends EventTarget {
  terminated = false;
  held: { id: number; input: number }[] = [];
  constructor(private mode: Mode) {
    super();
  }
  postMessage(message: { id: number; input: number }): void {
    if (this.mode === 'hold') {
      this.held.push(message);
      return;
    }
    setTimeout(() => {
      if (this.mode === 'fail-load') this.dispatchEvent(new Event('error'));
      else if (message.input < 0) this.dispatchEvent(new MessageEvent('message', { data: { id: message.id, error: 'RangeError: negative' } }));
      else this.dispatchEvent(new MessageEvent('message', { data: { id: message.id, output: message.input * 2 } }));
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

function setup(modes: Mode[], cancelRunning = false) {
  const made: FakeWorker[] = [];
  const inPage: number[] = [];
  const jobs = new WorkerJobs<number, number>({
    worker: () => {
      const mode = modes[made.length] ?? 'answer';
      const w = new FakeWorker(mode);
      made.push(w);
      return w as unknown as Worker;
    },
    inPage: async (n) => {
      inPage.push(n);
      return n * 2;
    },
    cancelRunning,
  });
  return { jobs, made, inPage };
}

describe('WorkerJobs', () => {
  it('runs each job in one worker, started once (warm() ahead of the first job)', async () => {
    const { jobs, made, inPage } = setup(['answer']);
    jobs.warm();
    jobs.warm();
    expect(made).toHaveLength(1);
    expect(await Promise.all([jobs.run(1), jobs.run(2), jobs.run(3)])).toEqual([2, 4, 6]);
    expect(made).toHaveLength(1);
    expect(inPage).toEqual([]);
  });

  it('a failure the worker reports rejects that job only', async () => {
    const { jobs } = setup(['answer']);
    await expect(jobs.run(-1)).rejects.toThrow('RangeError: negative');
    expect(await jobs.run(4)).toBe(8);
  });

  it('with cancelRunning, a new job terminates the busy worker, rejects the old job and runs in a new worker', async () => {
    const { jobs, made } = setup(['hold', 'answer'], true);
    const first = jobs.run(1);
    const second = jobs.run(2);
    await expect(first).rejects.toBeInstanceOf(JobCancelled);
    expect(await second).toBe(4);
    expect(made.map((w) => w.terminated)).toEqual([true, false]);
    // Idle again: the next job reuses the worker.
    expect(await jobs.run(3)).toBe(6);
    expect(made).toHaveLength(2);
  });

  it('without cancelRunning, jobs queue in the same worker and none is cancelled', async () => {
    const { jobs, made } = setup(['answer']);
    const results = await Promise.all([jobs.run(1), jobs.run(2)]);
    expect(results).toEqual([2, 4]);
    expect(made[0].terminated).toBe(false);
  });

  it('a worker that cannot be made: every job runs in the page', async () => {
    const inPage: number[] = [];
    let tries = 0;
    const jobs = new WorkerJobs<number, number>({
      worker: () => {
        tries++;
        throw new Error('blocked by policy');
      },
      inPage: async (n) => (inPage.push(n), n + 1),
    });
    expect(await jobs.run(1)).toBe(2);
    expect(await jobs.run(2)).toBe(3);
    expect(inPage).toEqual([1, 2]);
    expect(tries).toBe(1);
  });

  it('a worker whose script fails to load: the job and every later one run in the page', async () => {
    const { jobs, made, inPage } = setup(['fail-load']);
    expect(await jobs.run(5)).toBe(10);
    expect(await jobs.run(6)).toBe(12);
    expect(inPage).toEqual([5, 6]);
    expect(made).toHaveLength(1);
  });
});
