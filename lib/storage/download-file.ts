import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { env } from "@/lib/env";

/** Received media above this is not kept (Meta's own attachment limit is 25 MB). */
export const MAX_DOWNLOAD_BYTES = 25 * 1024 * 1024;

const ACCEPTED = [/^image\//, /^video\//, /^audio\//, /^application\/(pdf|octet-stream|zip|msword|vnd\.[\w.+-]+)$/, /^text\/plain$/];

export class DownloadError extends Error {
  constructor(
    message: string,
    /** false: trying again will not help (too large, a web page instead of media) */
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "DownloadError";
  }
}

export type StoredFile = { storagePath: string; contentType: string; byteSize: number };

/**
 * Copies a remote file under STORAGE_DIR at `relativePath` (written to a temporary name, then
 * renamed, so a reader never sees half a file). Refuses what is too large or not media.
 */
export async function downloadFile(url: string, relativePath: string, { timeoutMs = 30_000 } = {}): Promise<StoredFile> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
  } catch (error) {
    throw new DownloadError(`could not fetch: ${(error as Error).name}`, true);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new DownloadError(`HTTP ${response.status}`, response.status >= 500 || response.status === 429);
  }
  const contentType = (response.headers.get("content-type") ?? "application/octet-stream").split(";")[0]!.trim().toLowerCase();
  if (!ACCEPTED.some((pattern) => pattern.test(contentType))) {
    await response.body.cancel();
    throw new DownloadError(`refused content type ${contentType}`, false);
  }
  if (Number(response.headers.get("content-length")) > MAX_DOWNLOAD_BYTES) {
    await response.body.cancel();
    throw new DownloadError("larger than 25 MB", false);
  }
  const target = resolveStoragePath(relativePath);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomUUID()}.part`;
  let byteSize = 0;
  const counted = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream).map((chunk: Buffer) => {
    byteSize += chunk.byteLength;
    if (byteSize > MAX_DOWNLOAD_BYTES) throw new DownloadError("larger than 25 MB", false);
    return chunk;
  });
  try {
    await pipeline(counted, fs.createWriteStream(temporary));
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error instanceof DownloadError ? error : new DownloadError(`download interrupted: ${(error as Error).message}`, true);
  }
  return { storagePath: relativePath, contentType, byteSize };
}

/** The absolute path of a stored file; refuses anything that would leave STORAGE_DIR. */
export function resolveStoragePath(relativePath: string): string {
  const root = path.resolve(env().STORAGE_DIR);
  const target = path.resolve(root, relativePath);
  if (!target.startsWith(root + path.sep)) throw new Error("path outside STORAGE_DIR");
  return target;
}
