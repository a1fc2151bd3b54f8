import { MetaRequestError, parseMetaError } from "@/lib/instagram/meta-error";

const TIMEOUT_MS = 10_000;

type Options = { method?: "GET" | "POST" | "DELETE"; query?: Record<string, string>; form?: Record<string, string>; token?: string; retries?: number };

/**
 * One call to Meta: the raw body on 2xx, else a MetaRequestError. Calls that are safe to repeat
 * pass `retries` and are retried on 5xx, transient errors and timeouts with backoff and jitter.
 * Tokens travel in the Authorization header or the body where Meta allows it, never in logs.
 */
export async function metaRequest(url: string, { method = "GET", query, form, token, retries = 0 }: Options = {}): Promise<string> {
  const target = new URL(url);
  for (const [key, value] of Object.entries(query ?? {})) target.searchParams.set(key, value);
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptOnce(target, method, form, token);
    } catch (error) {
      const meta = error instanceof MetaRequestError ? error.meta : undefined;
      const retryable = !meta || meta.status === 0 || meta.status >= 500 || meta.transient === true;
      if (!retryable || attempt >= retries) throw error instanceof MetaRequestError ? error : networkError(error);
      await new Promise((resolve) => setTimeout(resolve, 300 * 3 ** attempt * (0.75 + Math.random() / 2)));
    }
  }
}

async function attemptOnce(url: URL, method: string, form: Record<string, string> | undefined, token: string | undefined) {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: token ? { Authorization: `Bearer ${token}` } : undefined,
      body: form ? new URLSearchParams(form) : undefined,
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
