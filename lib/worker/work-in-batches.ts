import type { JobResult, JobWithMetadata, PgBoss } from "pg-boss";
import type { QueueName } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";

export type JobAttempt = { lastAttempt: boolean };

/**
 * Runs `handle` on every job of a queue, fetched in batches (a worker otherwise waits its polling
 * interval between single jobs), several at a time, and settles each job on its own: one
 * failing job is retried without failing its batch.
 */
export async function workInBatches<T extends object>(
  boss: PgBoss,
  name: QueueName,
  handle: (data: T, attempt: JobAttempt) => Promise<void>,
  { batchSize = 25, concurrency = 4 }: { batchSize?: number; concurrency?: number } = {},
): Promise<string> {
  // New jobs wake the worker through NOTIFY; the poll finds retries whose backoff has passed.
  const options = { batchSize, burstWhenBatchFull: true, includeMetadata: true, perJobResults: true, pollingIntervalSeconds: 2, notifyPollingIntervalSeconds: 2 } as const;
  return boss.work<T, unknown, typeof options>(name, options, (jobs) => settleEach(name, jobs, handle, concurrency));
}

async function settleEach<T extends object>(
  name: QueueName,
  jobs: JobWithMetadata<T>[],
  handle: (data: T, attempt: JobAttempt) => Promise<void>,
  concurrency: number,
): Promise<JobResult[]> {
  const results: JobResult[] = [];
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const lastAttempt = job.retryCount >= job.retryLimit;
      const started = performance.now();
      try {
        await handle(job.data, { lastAttempt });
        results.push({ id: job.id, status: "completed" });
        logger.debug({ queue: name, jobId: job.id, ms: Math.round(performance.now() - started) }, "job done");
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        logger.warn({ queue: name, jobId: job.id, attempt: job.retryCount + 1, lastAttempt, error: message }, "job failed");
        results.push({ id: job.id, status: "failed", output: { message } });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, lane));
  return results;
}
