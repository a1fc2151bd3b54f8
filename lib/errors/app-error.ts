/**
 * The one error type of the domain. Domain code throws codes, never translated text; route
 * handlers map them to statuses (to-error-response.ts) and the UI translates them.
 */
export const AppErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  // Also used for objects of another account, so that their existence is not revealed.
  NOT_FOUND: "NOT_FOUND",
  VALIDATION: "VALIDATION",
  EMAIL_TAKEN: "EMAIL_TAKEN",
  ALREADY_MEMBER: "ALREADY_MEMBER",
  // Removing the last administrator would leave an account nobody can manage.
  LAST_ADMINISTRATOR: "LAST_ADMINISTRATOR",
  // No Instagram App ID and secret in the settings or the environment.
  INSTAGRAM_NOT_CONFIGURED: "INSTAGRAM_NOT_CONFIGURED",
  // Meta's messaging window (24 hours, or 7 days with Human Agent) is closed for this conversation.
  MESSAGING_WINDOW_CLOSED: "MESSAGING_WINDOW_CLOSED",
  // The inbox's Instagram token is dead: an administrator must connect the account again.
  REAUTHORIZATION_REQUIRED: "REAUTHORIZATION_REQUIRED",
  // Only a failed reply can be sent again.
  NOT_RETRYABLE: "NOT_RETRYABLE",
  // An upload above the largest attachment Meta takes.
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  // A user already holds as many live streams as one person can use (lib/conversations/stream-slots.ts).
  TOO_MANY_STREAMS: "TOO_MANY_STREAMS",
} as const;

export type AppErrorCode = (typeof AppErrorCode)[keyof typeof AppErrorCode];

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(code);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
