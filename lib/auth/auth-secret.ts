import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

let cached: string | undefined;

/**
 * AUTH_SECRET signs sessions and OAuth state and keys secrets at rest. When it is not set, one
 * is generated on first start and kept under DATA_DIR, readable by its owner only.
 */
export function authSecret(): string {
  if (cached) return cached;
  const { AUTH_SECRET, DATA_DIR } = env();
  if (AUTH_SECRET) return (cached = AUTH_SECRET);
  const file = path.join(/*turbopackIgnore: true*/ DATA_DIR, "auth-secret");
  fs.mkdirSync(DATA_DIR, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return (cached = fs.readFileSync(file, "utf8").trim());
}
