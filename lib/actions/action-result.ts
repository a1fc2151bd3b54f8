import { ZodError } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/logger";

/** What every server action returns: data, or an error code (and field keys) for the UI to translate. */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; code: string; fieldErrors?: Record<string, string> };

export async function toActionResult<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, fieldErrors: error.fieldErrors };
    if (error instanceof ZodError) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of error.issues) fieldErrors[issue.path.join(".")] ??= issue.message;
      return { ok: false, code: "VALIDATION", fieldErrors };
    }
    // Next's redirect()/notFound() signals must pass through.
    if (error instanceof Error && "digest" in error) throw error;
    logger.error({ err: error }, "unhandled error in server action");
    return { ok: false, code: "INTERNAL" };
  }
}
