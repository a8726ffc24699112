/**
 * The worker's side of WorkerJobs (./worker-jobs): answers each `{ id, input }` with
 * `{ id, output }`, or `{ id, error }` when the work throws. `transfer` names what is
 * handed over instead of copied (e.g. the buffer of large bytes).
 */
export function serveJobs<In, Out>(work: (input: In) => Out, transfer: (output: Out) => Transferable[] = () => []): void {
  self.addEventListener('message', (event: MessageEvent<{ id: number; input: In }>) => {
    const { id, input } = event.data;
    try {
      const output = work(input);
      postMessage({ id, output }, { transfer: transfer(output) });
    } catch (error) {
      postMessage({ id, error: String(error) });
    }
  });
}
