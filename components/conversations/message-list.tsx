"use client";

import { useLayoutEffect, useRef, type ReactNode } from "react";

const NEAR_BOTTOM_PX = 120;

/**
 * The thread's scrolling list: opens at the latest message, and follows new ones while the
 * reader is at the bottom (not while they are reading further up).
 */
export function MessageList({ label, children }: { label: string; children: ReactNode }) {
  const list = useRef<HTMLOListElement>(null);
  const atBottom = useRef(true);
  useLayoutEffect(() => {
    const element = list.current;
    if (element && atBottom.current) element.scrollTop = element.scrollHeight;
  }, [children]);
  return (
    <ol
      ref={list}
      aria-label={label}
      onScroll={(event) => {
        const element = event.currentTarget;
        atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_BOTTOM_PX;
      }}
      className="min-h-0 flex-1 overflow-y-auto bg-slate-50 px-5 py-4"
    >
      {children}
    </ol>
  );
}
