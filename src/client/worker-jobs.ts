/**
 * Work that runs in a module Web Worker, so the page stays responsive with large input,
 * or in the page where no worker can start (a policy forbids workers, or the worker's
 * script fails to load). The worker answers `{ id, input }` with `{ id, output }` or
 * `{ id, error }` (serveJobs in ./worker-serve). Used by every tool that has a worker.
 */
export interface WorkerJobsOptions<In, Out> {
  /**
   * Makes the worker. Written in the tool as
   * `() => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`,
   * so that the bundler finds and builds the worker's script.
   */
  worker: () => Worker;
  /** The same work in the page (its code loaded on first need). */
  inPage: (input: In) => Promise<Out>;
  /**
   * A new job ends the one still running: a job cannot be interrupted inside the worker,
   * so the worker is terminated and a new one started; the old job rejects with JobCancelled.
   * Without it, jobs queue in the one worker and the caller drops answers it no longer needs.
   */
  cancelRunning?: boolean;
}

/** The job was ended because a newer one was asked for. */
export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

export class WorkerJobs<In, Out> {
  readonly #options: WorkerJobsOptions<In, Out>;
  #worker: Worker | null = null;
  #failed = false;
  #lastId = 0;
  /** The job the worker is busy with, if any. */
  #running: { id: number; cancel: () => void } | null = null;

  constructor(options: WorkerJobsOptions<In, Out>) {
    this.#options = options;
  }

  /** Start the worker ahead of the first job, so it has loaded its code by then (once). */
  warm(): void {
    this.#start();
  }

  #start(): Worker | null {
    if (!this.#failed) {
      try {
        this.#worker ??= this.#options.worker();
      } catch {
        this.#failed = true;
      }
    }
    return this.#worker;
  }

  /** Run one job: in the worker, or in the page where no worker can run. */
  run(input: In): Promise<Out> {
    if (this.#options.cancelRunning && this.#running && this.#worker) {
      this.#worker.terminate();
      this.#worker = null;
      this.#running.cancel();
    }
    const worker = this.#start();
    if (!worker) return this.#options.inPage(input);
    const id = ++this.#lastId;
    return new Promise<Out>((resolve, reject) => {
      const done = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (this.#running?.id === id) this.#running = null;
      };
      const onMessage = (e: MessageEvent<{ id: number; output?: Out; error?: string }>) => {
        if (e.data.id !== id) return;
        done();
        if (e.data.error === undefined) resolve(e.data.output as Out);
        else reject(new Error(e.data.error));
      };
      const onError = () => {
        // The worker could not start (e.g. a policy forbids it): this job and every later one run in the page.
        done();
        if (this.#worker === worker) this.#worker = null;
        this.#failed = true;
        this.#options.inPage(input).then(resolve, reject);
      };
      this.#running = {
        id,
        cancel: () => {
          done();
          reject(new JobCancelled());
        },
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ id, input });
    });
  }
}
