import pino from "pino";
import { env } from "@/lib/env";

/** Structured logs, one line per event. Paths that could carry secrets are redacted. */
export const logger = pino({
  level: env().LOG_LEVEL,
  redact: {
    paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token", "*.accessToken", "secret", "*.secret"],
    censor: "[redacted]",
  },
});
