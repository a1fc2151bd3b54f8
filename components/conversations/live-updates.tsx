"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { conversationsKey } from "@/components/conversations/conversation-list";

/**
 * One server-sent-events stream per open workspace: when a conversation the viewer may see
 * changes (new message, status, assignment, reaction, read receipt, a reply's outcome), the
 * list's query is refetched, and the open thread re-rendered if it is among those changed.
 * After a dropped connection the browser reconnects and everything is refetched, since changes
 * may have been missed.
 */
export function LiveUpdates({ accountId, openConversationId }: { accountId: number; openConversationId?: number }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  // Read at each event: following the reader from thread to thread must not reopen the stream.
  const open = useRef(openConversationId);
  useEffect(() => {
    open.current = openConversationId;
  }, [openConversationId]);
  useEffect(() => {
    const source = new EventSource(`/api/accounts/${accountId}/events`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let threadChanged = false;
    let dropped = false;
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
    source.addEventListener("error", () => (dropped = true));
    source.addEventListener("open", () => {
      if (dropped) refresh([]);
      dropped = false;
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [accountId, router, queryClient]);
  return null;
}
