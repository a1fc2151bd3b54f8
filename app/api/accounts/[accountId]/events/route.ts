// GET /api/accounts/{accountId}/events?since={ms} — server-sent events: "change" whenever a
// conversation of this account that the member may see changes, in any process (PostgreSQL
// NOTIFY). `since` (the page's render time) or, on a reconnect, the browser's Last-Event-ID
// says from when: the first event names what changed in between. The stream ends when the
// member loses access (checked every minute, and at once on an access signal).
import { subscribeToAccessChanges } from "@/lib/auth/access-signals";
import { routeViewer } from "@/lib/auth/route-viewer";
import { viewerStillAllowed } from "@/lib/auth/viewer-still-allowed";
import { changesSince, startChangeJournal } from "@/lib/conversations/change-journal";
import { subscribeToConversationChanges, type ConversationChange } from "@/lib/conversations/conversation-signals";
import { takeStreamSlot } from "@/lib/conversations/stream-slots";
import { visibleConversationIds, type Viewer } from "@/lib/conversations/visible-inboxes";
import { AppError } from "@/lib/errors/app-error";
import { toErrorResponse } from "@/lib/errors/to-error-response";

export const dynamic = "force-dynamic";

const KEEP_ALIVE_MS = 25_000;
const ACCESS_CHECK_MS = 60_000;

export async function GET(request: Request, { params }: { params: Promise<{ accountId: string }> }) {
  let viewer: Viewer;
  let releaseSlot: () => void;
  try {
    viewer = await routeViewer((await params).accountId);
    releaseSlot = takeStreamSlot(viewer.userId) ?? throwTooMany();
  } catch (error) {
    return toErrorResponse(error);
  }
  const since = sinceOf(request);
  startChangeJournal();
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      // Events go out in the order heard, so that each one's id (the time it was heard) tells a
      // reconnecting browser that everything before it was sent. Visibility checks are async.
      let queue: Promise<unknown> = Promise.resolve();
      const send = (text: () => Promise<string | undefined> | string | undefined) => {
        queue = queue.then(text).then(
          (value) => open && value !== undefined && controller.enqueue(encoder.encode(value)),
          () => open && controller.enqueue(encoder.encode(everything(Date.now()))),
        );
      };
      const unsubscribe = subscribeToConversationChanges((change) => {
        const at = Date.now();
        send(() => (change === null ? everything(at) : changeEvent(viewer, [change], at)));
      });
      // After subscribing, so that nothing falls between what the journal heard and what is heard next.
      if (since !== undefined) {
        const at = Date.now();
        const missed = changesSince(since, at);
        send(() => (missed === "unknown" ? everything(at) : changeEvent(viewer, missed, at)));
      }
      send(() => `retry: 3000\nid: ${Date.now()}\n\n`);
      const keepAlive = setInterval(() => send(() => `id: ${Date.now()}\n\n`), KEEP_ALIVE_MS);
      const close = () => {
        if (!open) return;
        cleanup();
        controller.close();
      };
      // Access is re-checked in the same queue as the events, so nothing is sent after it ended.
      // When it still holds, the page reloads what it shows: the inboxes it may see can have changed.
      const recheck = (tellPage: boolean) =>
        send(async () => {
          if (!(await viewerStillAllowed(viewer))) return void close();
          return tellPage ? everything(Date.now()) : undefined;
        });
      const accessCheck = setInterval(() => recheck(false), ACCESS_CHECK_MS);
      const unsubscribeAccess = subscribeToAccessChanges((userIds) => {
        if (userIds === null || userIds.includes(viewer.userId)) recheck(true);
      });
      cleanup = () => {
        open = false;
        clearInterval(keepAlive);
        clearInterval(accessCheck);
        unsubscribe();
        unsubscribeAccess();
        releaseSlot();
      };
      request.signal.addEventListener("abort", close);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-store", Connection: "keep-alive" } });
}

function throwTooMany(): never {
  throw new AppError("TOO_MANY_STREAMS");
}

function sinceOf(request: Request): number | undefined {
  const value = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("since");
  if (value === null) return undefined;
  // Unreadable: treat it as long ago, so the page reloads everything.
  return /^\d{1,15}$/.test(value) ? Number(value) : 0;
}

/** "Anything of yours may have changed": the page reloads all it shows. */
function everything(at: number): string {
  return `event: change\nid: ${at}\ndata: []\n\n`;
}

/** The ids among `changes` that this member may see; nothing when there are none. */
async function changeEvent(viewer: Viewer, changes: ConversationChange[], at: number): Promise<string | undefined> {
  const mine = changes.filter((change) => change.accountId === viewer.accountId);
  if (mine.some((change) => change.conversationIds.length === 0)) return everything(at);
  const changed = [...new Set(mine.flatMap((change) => change.conversationIds))];
  if (changed.length === 0) return undefined;
  const ids = await visibleConversationIds(viewer, changed);
  // Agents hear only of conversations in their own inboxes.
  return ids.length > 0 ? `event: change\nid: ${at}\ndata: ${JSON.stringify(ids)}\n\n` : undefined;
}
