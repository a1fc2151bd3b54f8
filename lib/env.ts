import path from "node:path";
import { z } from "zod";

/** Values of the contract in docs/architecture.md; `process.env` is read nowhere else. */
const DEFAULT_SUPER_ADMIN_EMAIL = "admin@example.com";
const DEFAULT_SUPER_ADMIN_PASSWORD = "switchboard-admin";
export const GRAPH_API_VERSION_PATTERN = /^v\d{2}\.\d$/;

const databaseUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value) || /^file:.+/.test(value), {
    message: "must be a postgresql:// URL, or file:<folder> for the embedded database",
  })
  .refine((value) => !/^postgres/.test(value) || URL.canParse(value), {
    message: "is not a valid URL",
  });

const httpUrl = z
  .string()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
    message: "must be an http(s):// URL",
  })
  .transform((value) => value.replace(/\/+$/, ""));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: databaseUrl.optional(),
  APP_URL: httpUrl.default("http://localhost:3000"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SUPER_ADMIN_EMAIL: z.email().default(DEFAULT_SUPER_ADMIN_EMAIL),
  SUPER_ADMIN_PASSWORD: z.string().min(8, "must be at least 8 characters").default(DEFAULT_SUPER_ADMIN_PASSWORD),
  INSTAGRAM_APP_ID: z.string().regex(/^\d+$/, "must be digits only").optional(),
  INSTAGRAM_APP_SECRET: z.string().optional(),
  INSTAGRAM_VERIFY_TOKEN: z.string().optional(),
  INSTAGRAM_API_VERSION: z.string().regex(GRAPH_API_VERSION_PATTERN, "must look like v25.0").optional(),
  INSTAGRAM_OAUTH_URL: httpUrl.default("https://www.instagram.com"),
  INSTAGRAM_API_URL: httpUrl.default("https://api.instagram.com"),
  INSTAGRAM_GRAPH_URL: httpUrl.default("https://graph.instagram.com"),
  WORKER: z.enum(["inline", "off"]).default("inline"),
  STORAGE_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = Omit<z.infer<typeof schema>, "STORAGE_DIR" | "DATABASE_URL"> & {
  STORAGE_DIR: string;
  DATABASE_URL: string | undefined;
  database: { kind: "pglite"; dir: string } | { kind: "postgres"; url: string };
};

/** Thrown for a bad variable; its message is one line that names the variable. */
export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable means "use the default", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0]);
    throw new EnvError(`Invalid environment variable ${name}: ${issue.message}`);
  }
  const env = result.data;
  const url = env.DATABASE_URL;
  const database: Env["database"] = url?.startsWith("postgres")
    ? { kind: "postgres", url }
    : { kind: "pglite", dir: path.resolve(/*turbopackIgnore: true*/ url ? url.slice("file:".length) : path.join(/*turbopackIgnore: true*/ env.DATA_DIR, "pglite")) };
  return {
    ...env,
    DATA_DIR: path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR),
    STORAGE_DIR: path.resolve(/*turbopackIgnore: true*/ env.STORAGE_DIR ?? path.join(/*turbopackIgnore: true*/ env.DATA_DIR, "uploads")),
    DATABASE_URL: url,
    database,
  };
}

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    cached = parseEnv(process.env);
    // next-auth v4 builds its callback URLs from NEXTAUTH_URL; APP_URL is our single source.
    process.env.NEXTAUTH_URL = cached.APP_URL;
  }
  return cached;
}

export const defaultSuperAdmin = { email: DEFAULT_SUPER_ADMIN_EMAIL, password: DEFAULT_SUPER_ADMIN_PASSWORD };
