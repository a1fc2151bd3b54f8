import { db } from "@/lib/db";

const TIMEOUT_MS = 3000;

/** Is the database answering? A hung database counts as down after a short wait. */
export async function checkHealth(): Promise<{ status: "ok" | "error"; database: "ok" | "error" }> {
  try {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("database health check timed out")), TIMEOUT_MS);
    });
    await Promise.race([db().then((client) => client.$queryRaw`SELECT 1`), timeout]).finally(() => clearTimeout(timer));
    return { status: "ok", database: "ok" };
  } catch {
    return { status: "error", database: "error" };
  }
}
