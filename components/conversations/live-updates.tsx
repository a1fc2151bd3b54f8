"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { conversationsKey } from "@/components/conversations/conversation-list";

/**
 * One server-sent-events stream per open workspace: when a conversation the viewer may see
 * changes (new message, status, assignment, reaction, read receipt, a reply's outcome), the
 * list's query is refetched and the open thread re-rendered. After a dropped connection the
 * browser reconnects, and everything is refetched, since changes may have been missed.
 */
export function LiveUpdates({ accountId }: { accountId: number }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  useEffect(() => {
    const source = new EventSource(`/api/accounts/${accountId}/events`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let dropped = false;
    const refresh = () => {
      clearTimeout(timer);
      // Bursts (a batch of webhooks) become one refresh.
      timer = setTimeout(() => {
        void queryClient.invalidateQueries({ queryKey: conversationsKey(accountId) });
        router.refresh();
      }, 150);
    };
    source.addEventListener("change", refresh);
    source.addEventListener("error", () => (dropped = true));
    source.addEventListener("open", () => {
      if (dropped) refresh();
      dropped = false;
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [accountId, router, queryClient]);
  return null;
}
