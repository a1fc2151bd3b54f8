import type { JobResult, PgBoss } from "pg-boss";
import type { QueueName } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";

export type JobAttempt = { lastAttempt: boolean };
export type BatchJob<T> = { data: T } & JobAttempt;
/** One outcome per job, in the batch's order: null when done, else why it failed. */
export type BatchOutcome = (Error | null)[];

/**
 * Runs `handleBatch` on the jobs of a queue, fetched in batches (a worker otherwise waits its
 * polling interval between single jobs), and settles each job on its own: a failing job is
 * retried without failing the rest of its batch.
 */
export async function workOnBatches<T extends object>(
  boss: PgBoss,
  name: QueueName,
  handleBatch: (jobs: BatchJob<T>[]) => Promise<BatchOutcome>,
  { batchSize = 50 }: { batchSize?: number } = {},
): Promise<string> {
  // New jobs wake the worker through NOTIFY; the poll finds retries whose backoff has passed.
  const options = { batchSize, burstWhenBatchFull: true, includeMetadata: true, perJobResults: true, pollingIntervalSeconds: 2, notifyPollingIntervalSeconds: 2 } as const;
  return boss.work<T, unknown, typeof options>(name, options, async (jobs): Promise<JobResult[]> => {
    const started = performance.now();
    const outcomes = await handleBatch(jobs.map((job) => ({ data: job.data, lastAttempt: job.retryCount >= job.retryLimit })));
    const results = jobs.map((job, index): JobResult => {
      const error = outcomes[index];
      if (!error) return { id: job.id, status: "completed" };
      logger.warn({ queue: name, jobId: job.id, attempt: job.retryCount + 1, lastAttempt: job.retryCount >= job.retryLimit, error: error.message }, "job failed");
      return { id: job.id, status: "failed", output: { message: error.message } };
    });
    logger.debug({ queue: name, jobs: jobs.length, ms: Math.round(performance.now() - started) }, "batch done");
    return results;
  });
}

/** The same for work done one job at a time, `concurrency` jobs at once. */
export function workInBatches<T extends object>(
  boss: PgBoss,
  name: QueueName,
  handle: (data: T, attempt: JobAttempt) => Promise<void>,
  { batchSize = 25, concurrency = 4 }: { batchSize?: number; concurrency?: number } = {},
): Promise<string> {
  return workOnBatches<T>(
    boss,
    name,
    async (jobs) => {
      const outcomes: BatchOutcome = new Array(jobs.length).fill(null);
      let next = 0;
      const lane = async () => {
        while (next < jobs.length) {
          const index = next++;
          const job = jobs[index]!;
          await handle(job.data, job).catch((error: unknown) => {
            outcomes[index] = error instanceof Error ? error : new Error(String(error));
          });
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, lane));
      return outcomes;
    },
    { batchSize },
  );
}
