/** Meta batches up to 1,000 updates per delivery; anything over this is not a real notification. */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;

/** The raw request bytes, or null once they exceed `limit` (stops reading there). */
export async function readLimitedBody(request: Request, limit = MAX_WEBHOOK_BYTES): Promise<Buffer<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
