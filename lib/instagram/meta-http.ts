import { MetaRequestError, parseMetaError } from "@/lib/instagram/meta-error";

const TIMEOUT_MS = 10_000;

type Options = {
  method?: "GET" | "POST" | "DELETE";
  query?: Record<string, string>;
  form?: Record<string, string>;
  json?: unknown;
  token?: string;
  retries?: number;
};

/**
 * One call to Meta: the raw body on 2xx, else a MetaRequestError. Calls that are safe to repeat
 * pass `retries` and are retried on 5xx, transient errors and timeouts with backoff and jitter.
 * Tokens travel in the Authorization header or the body where Meta allows it, never in logs.
 */
export async function metaRequest(url: string, { method = "GET", query, form, json, token, retries = 0 }: Options = {}): Promise<string> {
  const target = new URL(url);
  for (const [key, value] of Object.entries(query ?? {})) target.searchParams.set(key, value);
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptOnce(target, method, body(form, json), token);
    } catch (error) {
      const meta = error instanceof MetaRequestError ? error.meta : undefined;
      const retryable = !meta || meta.status === 0 || meta.status >= 500 || meta.transient === true;
      if (!retryable || attempt >= retries) throw error instanceof MetaRequestError ? error : networkError(error);
      await new Promise((resolve) => setTimeout(resolve, 300 * 3 ** attempt * (0.75 + Math.random() / 2)));
    }
  }
}

type Body = { contentType: string; text: string } | undefined;

function body(form: Record<string, string> | undefined, json: unknown): Body {
  if (form) return { contentType: "application/x-www-form-urlencoded", text: new URLSearchParams(form).toString() };
  if (json !== undefined) return { contentType: "application/json", text: JSON.stringify(json) };
  return undefined;
}

async function attemptOnce(url: URL, method: string, body: Body, token: string | undefined) {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { "Content-Type": body.contentType } : {}) },
      body: body?.text,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
  } catch (error) {
    throw networkError(error);
  }
  const text = await response.text();
  if (!response.ok) throw new MetaRequestError(parseMetaError(response.status, text));
  return text;
}

function networkError(error: unknown): MetaRequestError {
  const name = error instanceof Error ? error.name : "Error";
  return new MetaRequestError({ status: 0, message: name === "TimeoutError" ? "Meta did not answer in time" : "Meta could not be reached" });
}
