import { ZodError } from "zod";
import { AppError, type AppErrorCode } from "@/lib/errors/app-error";
import { logger } from "@/lib/logger";

const statusOf: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  EMAIL_TAKEN: 409,
  ALREADY_MEMBER: 409,
  LAST_ADMINISTRATOR: 409,
  INSTAGRAM_NOT_CONFIGURED: 409,
  MESSAGING_WINDOW_CLOSED: 409,
  REAUTHORIZATION_REQUIRED: 409,
  NOT_RETRYABLE: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_STREAMS: 429,
};

/** Every route handler's errors go through here: codes to statuses, never a stack trace. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json({ error: { code: error.code, fields: error.fieldErrors } }, { status: statusOf[error.code] });
  }
  if (error instanceof ZodError) {
    const fields = Object.fromEntries(error.issues.map((issue) => [issue.path.join("."), issue.code]));
    return Response.json({ error: { code: "VALIDATION", fields } }, { status: 422 });
  }
  logger.error({ err: error }, "unhandled error in route handler");
  return Response.json({ error: { code: "INTERNAL" } }, { status: 500 });
}
