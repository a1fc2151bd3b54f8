// GET /api/accounts/{accountId}/events — server-sent events: "change" whenever a conversation of
// this account that the member may see changes, in any process (PostgreSQL NOTIFY).
import { routeViewer } from "@/lib/auth/route-viewer";
import { subscribeToConversationChanges } from "@/lib/conversations/conversation-signals";
import { visibleConversationIds } from "@/lib/conversations/visible-inboxes";
import { toErrorResponse } from "@/lib/errors/to-error-response";

export const dynamic = "force-dynamic";

const KEEP_ALIVE_MS = 25_000;

export async function GET(request: Request, { params }: { params: Promise<{ accountId: string }> }) {
  let viewer;
  try {
    viewer = await routeViewer((await params).accountId);
  } catch (error) {
    return toErrorResponse(error);
  }
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      // A visibility check may finish after the browser has gone.
      const send = (text: string) => open && controller.enqueue(encoder.encode(text));
      // A reconnect of the signal listener may have lost changes: "change" makes the page reload its data.
      const unsubscribe = subscribeToConversationChanges((change) => {
        if (change === null) return send("event: change\ndata: []\n\n");
        if (change.accountId !== viewer.accountId) return;
        if (change.conversationIds.length === 0) return send("event: change\ndata: []\n\n");
        // Agents hear only of conversations in their own inboxes.
        void visibleConversationIds(viewer, change.conversationIds).then(
          (ids) => ids.length > 0 && send(`event: change\ndata: ${JSON.stringify(ids)}\n\n`),
          () => send("event: change\ndata: []\n\n"),
        );
      });
      const keepAlive = setInterval(() => send(": keep-alive\n\n"), KEEP_ALIVE_MS);
      send("retry: 3000\n\n");
      cleanup = () => {
        open = false;
        clearInterval(keepAlive);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        cleanup();
        controller.close();
      });
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-store", Connection: "keep-alive" } });
}
