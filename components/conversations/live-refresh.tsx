"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-renders the page when the server says a conversation of this account changed (new
 * message, read receipt, copied attachment…). Bursts are coalesced into one refresh.
 */
export function LiveRefresh({ accountId }: { accountId: number }) {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource(`/api/accounts/${accountId}/events`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 150);
    };
    source.addEventListener("change", refresh);
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [accountId, router]);
  return null;
}
