import { z } from "zod";
import { parseMetaJson } from "@/lib/instagram/meta-json";

/** One Meta error, from either of its two body shapes, or from the network. */
export type MetaError = {
  status: number; // 0 when no response arrived (timeout, connection refused)
  type?: string;
  code?: number;
  subcode?: number;
  message: string;
  fbtraceId?: string;
  transient?: boolean;
};

const graphEnvelope = z.object({
  error: z.object({
    message: z.string().default(""),
    type: z.string().optional(),
    code: z.coerce.number().optional(),
    error_subcode: z.coerce.number().optional(),
    fbtrace_id: z.string().optional(),
    is_transient: z.boolean().optional(),
  }),
});

// POST /oauth/access_token answers with a flat body instead of the Graph envelope.
const flatOAuthError = z.object({
  error_type: z.string().optional(),
  code: z.coerce.number().optional(),
  error_message: z.string(),
});

/** Thrown by the Meta client for any non-2xx answer, unreadable body or network failure. */
export class MetaRequestError extends Error {
  constructor(readonly meta: MetaError) {
    super(`Meta error ${meta.status} ${meta.type ?? ""} ${meta.code ?? ""}: ${meta.message}`);
    this.name = "MetaRequestError";
  }
}

export function parseMetaError(status: number, raw: string): MetaError {
  let body: unknown;
  try {
    body = parseMetaJson(raw);
  } catch {
    return { status, message: raw.slice(0, 200) || `HTTP ${status}` };
  }
  const graph = graphEnvelope.safeParse(body);
  if (graph.success) {
    const e = graph.data.error;
    return { status, type: e.type, code: e.code, subcode: e.error_subcode, message: e.message, fbtraceId: e.fbtrace_id, transient: e.is_transient };
  }
  const flat = flatOAuthError.safeParse(body);
  if (flat.success) return { status, type: flat.data.error_type, code: flat.data.code, message: flat.data.error_message };
  return { status, message: `HTTP ${status}` };
}
