import fs from "node:fs/promises";
import { resolveStoragePath } from "@/lib/storage/download-file";

/** Deletes files or folders under STORAGE_DIR; one already gone is not an error (removal is retried). */
export async function removeStoredFiles(relativePaths: string[]): Promise<void> {
  await Promise.all(relativePaths.map((relativePath) => fs.rm(resolveStoragePath(relativePath), { recursive: true, force: true })));
}
