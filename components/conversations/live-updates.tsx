"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { conversationsKey } from "@/components/conversations/conversation-list";

/**
 * One server-sent-events stream per open workspace: when a conversation the viewer may see
 * changes (new message, status, assignment, reaction, read receipt, a reply's outcome), the
 * list's query is refetched, and the open thread re-rendered if it is among those changed.
 * The stream starts from the page's render time, and after a dropped connection from its last
 * event (Last-Event-ID): the server first names what changed in between, or says that anything
 * may have, and then everything is refetched.
 */
export function LiveUpdates({ accountId, openConversationId, renderedAt }: { accountId: number; openConversationId?: number; renderedAt: number }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  // Read at each event: following the reader from thread to thread must not reopen the stream.
  const open = useRef(openConversationId);
  useEffect(() => {
    open.current = openConversationId;
  }, [openConversationId]);
  // The first render's time: later renders (router.refresh) must not reopen the stream.
  const since = useRef(renderedAt);
  useEffect(() => {
    const source = new EventSource(`/api/accounts/${accountId}/events?since=${since.current}`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let threadChanged = false;
    // Bursts (a batch of webhooks) become one refresh. No ids: anything may have changed.
    const refresh = (ids: number[]) => {
      threadChanged ||= ids.length === 0 || (open.current !== undefined && ids.includes(open.current));
      clearTimeout(timer);
      timer = setTimeout(() => {
        void queryClient.invalidateQueries({ queryKey: conversationsKey(accountId) });
        // Re-rendering the page (the thread, and the layout around it) only when the thread shows something new.
        if (threadChanged) router.refresh();
        threadChanged = false;
      }, 150);
    };
    source.addEventListener("change", (event) => refresh(JSON.parse((event as MessageEvent<string>).data) as number[]));
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [accountId, router, queryClient]);
  return null;
}
