import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** What a handler answers; the server writes it, so the call log can record its status. */
export type Reply = { status: number; headers?: Record<string, string>; body: string | Buffer };

/** One parsed request, as every handler sees it. */
export type Req = {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage["headers"];
  cookies: Record<string, string>;
  /** Form fields (urlencoded or multipart), repeated names joined with ","; empty for other bodies. */
  form: Record<string, string>;
  /** The parsed JSON body, when the request sent JSON. */
  json?: unknown;
  /** The raw body as text ("" when none). */
  text: string;
  /** What the call log records: the form, the JSON, the raw text, or nothing. */
  loggedBody?: unknown;
  /** `http://host:port` as the client addressed us, for absolute URLs in answers. */
  origin: string;
};

const JSON_TYPE = "application/json; charset=UTF-8";

export function json(status: number, value: unknown): Reply {
  return { status, headers: { "content-type": JSON_TYPE }, body: JSON.stringify(value) };
}

/** JSON written by hand, for bodies JSON.stringify cannot produce (bare numbers beyond 2^53). */
export function rawJson(status: number, text: string): Reply {
  return { status, headers: { "content-type": JSON_TYPE }, body: text };
}

export function html(status: number, text: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "content-type": "text/html; charset=utf-8", ...headers }, body: text };
}

export function redirect(location: string, headers: Record<string, string> = {}): Reply {
  return { status: 302, headers: { location, ...headers }, body: "" };
}

/** Meta's trace id: support asks for it, apps log it. Only its presence matters here. */
export function fbtraceId(): string {
  return `A${randomBytes(16).toString("base64url").slice(0, 22)}`;
}

/** The `{"error": {...}}` envelope graph.instagram.com uses (instagram-platform.md §10). */
export function graphError(status: number, error: { message: string; type?: string; code: number; subcode?: number }): Reply {
  return json(status, {
    error: {
      message: error.message,
      type: error.type ?? "IGApiException",
      code: error.code,
      ...(error.subcode === undefined ? {} : { error_subcode: error.subcode }),
      fbtrace_id: fbtraceId(),
    },
  });
}

/** The flat body POST /oauth/access_token uses instead of the envelope (instagram-platform.md §2). */
export function flatOAuthError(message: string): Reply {
  return json(400, { error_type: "OAuthException", code: 400, error_message: message });
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) cookies[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return cookies;
}

/** Checkboxes repeat a name (granted_scopes); keep every value. */
function addField(form: Record<string, string>, key: string, value: string) {
  form[key] = key in form ? `${form[key]},${value}` : value;
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads and parses the request. Meta's token endpoint takes urlencoded and multipart forms alike. */
export async function parseRequest(req: IncomingMessage): Promise<Req> {
  const host = req.headers.host ?? "localhost";
  const url = new URL(req.url ?? "/", `http://${host}`);
  const raw = await readAll(req);
  const contentType = req.headers["content-type"] ?? "";
  const parsed: Req = {
    method: (req.method ?? "GET").toUpperCase(),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: req.headers,
    cookies: parseCookies(req.headers.cookie),
    form: {},
    text: "",
    origin: `http://${host}`,
  };
  if (raw.length === 0) return parsed;
  const text = raw.toString("utf8");
  parsed.text = text;
  if (/^application\/x-www-form-urlencoded/i.test(contentType)) {
    for (const [key, value] of new URLSearchParams(text)) addField(parsed.form, key, value);
    parsed.loggedBody = parsed.form;
  } else if (/^multipart\/form-data/i.test(contentType)) {
    // Node's fetch Response already knows how to read multipart bodies.
    try {
      const data = await new Response(new Uint8Array(raw), { headers: { "content-type": contentType } }).formData();
      for (const [key, value] of data) addField(parsed.form, key, typeof value === "string" ? value : value.name);
    } catch {
      // A malformed multipart body leaves the form empty; the handler reports missing fields.
    }
    parsed.loggedBody = parsed.form;
  } else if (/json/i.test(contentType)) {
    try {
      parsed.json = JSON.parse(text);
      parsed.loggedBody = parsed.json;
    } catch {
      parsed.loggedBody = text;
    }
  } else {
    parsed.loggedBody = text;
  }
  return parsed;
}
