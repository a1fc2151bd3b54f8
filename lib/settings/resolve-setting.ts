/** Where a setting's effective value comes from, in order of precedence. */
export type SettingSource = "database" | "environment" | "default" | "unset";

export type Resolved<T> = { value: T | undefined; source: SettingSource };

/**
 * The one precedence rule: a value saved in the database wins, then the environment variable,
 * then the built-in default, else nothing.
 */
export function resolveSetting<T>(
  saved: T | undefined,
  fromEnvironment: T | undefined,
  fallback?: T,
): Resolved<T> {
  if (saved !== undefined) return { value: saved, source: "database" };
  if (fromEnvironment !== undefined) return { value: fromEnvironment, source: "environment" };
  if (fallback !== undefined) return { value: fallback, source: "default" };
  return { value: undefined, source: "unset" };
}
