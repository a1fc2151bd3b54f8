"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

/** The customer's message an agent is answering: its id, and what the quote above the composer says. */
export type ReplyTarget = { messageId: number; summary: string };

const ReplyTargetContext = createContext<{ target?: ReplyTarget; setTarget: (target?: ReplyTarget) => void }>({ setTarget: () => {} });

/** Shares the quoted message between the thread's Reply buttons and the composer. */
export function ReplyTargetProvider({ children }: { children: ReactNode }) {
  const [target, setTarget] = useState<ReplyTarget>();
  return <ReplyTargetContext value={{ target, setTarget }}>{children}</ReplyTargetContext>;
}

export const useReplyTarget = () => useContext(ReplyTargetContext);
