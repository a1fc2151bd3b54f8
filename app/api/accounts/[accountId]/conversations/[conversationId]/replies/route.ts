// POST /api/accounts/{accountId}/conversations/{conversationId}/replies — a reply with a file
// (multipart: file, text?, replyToMessageId?). Text-only replies go through the composer's
// server action; files come here because actions cap bodies at 1 MB. 201 { ids }.
import { canServeMediaToMeta } from "@/lib/attachments/media-url";
import { checkAttachment, MAX_ATTACHMENT_BYTES, sniffContentType } from "@/lib/attachments/outgoing-attachment";
import { parseId } from "@/lib/auth/parse-id";
import { routeViewer } from "@/lib/auth/route-viewer";
import { AppError } from "@/lib/errors/app-error";
import { toErrorResponse } from "@/lib/errors/to-error-response";
import { fileReplySchema } from "@/lib/messages/schemas";
import { sendReply } from "@/lib/messages/send-reply";

export const dynamic = "force-dynamic";

// Room for the form's other fields and boundaries around the largest file.
const MAX_BODY_BYTES = MAX_ATTACHMENT_BYTES + 64 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ accountId: string; conversationId: string }> }) {
  try {
    const segments = await params;
    const viewer = await routeViewer(segments.accountId);
    // The session cookie is SameSite=Lax already; a form posted from another site is refused outright.
    const origin = request.headers.get("origin");
    if (origin && new URL(origin).host !== request.headers.get("host")) throw new AppError("FORBIDDEN");
    const conversationId = parseId(segments.conversationId);
    if (conversationId === null) throw new AppError("NOT_FOUND");
    if (Number(request.headers.get("content-length")) > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", { file: "tooLarge" });
    const form = await request.formData().catch(() => {
      throw new AppError("VALIDATION", { file: "missing" });
    });
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("VALIDATION", { file: "missing" });
    const { text, replyToMessageId } = fileReplySchema.parse({ text: form.get("text") ?? undefined, replyToMessageId: form.get("replyToMessageId") || undefined });
    if (!canServeMediaToMeta()) throw new AppError("VALIDATION", { file: "notPublic" });
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.byteLength === 0) throw new AppError("VALIDATION", { file: "empty" });
    // What the file is, by its content: not its name, nor the type the browser declared.
    const check = checkAttachment(sniffContentType(bytes.subarray(0, 16)), bytes.byteLength);
    if (!check.ok) throw new AppError(check.reason === "tooLarge" ? "PAYLOAD_TOO_LARGE" : "VALIDATION", { file: check.reason });
    const { ids } = await sendReply(viewer, conversationId, { text, replyToMessageId, file: { type: check.type, contentType: check.contentType, bytes } });
    return Response.json({ ids }, { status: 201 });
  } catch (error) {
    return toErrorResponse(error);
  }
}
