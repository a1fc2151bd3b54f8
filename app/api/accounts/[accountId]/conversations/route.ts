// GET /api/accounts/{accountId}/conversations?status=&assignee=&inbox=&q=&cursor= — one page of
// the conversation list for the signed-in member (agents: their inboxes only).
import { routeViewer } from "@/lib/auth/route-viewer";
import { conversationFiltersSchema, listConversations } from "@/lib/conversations/list-conversations";
import { toErrorResponse } from "@/lib/errors/to-error-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ accountId: string }> }) {
  try {
    const viewer = await routeViewer((await params).accountId);
    const filters = conversationFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    return Response.json(await listConversations(viewer, filters), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
