import type { ClassifiedItem } from "@/lib/webhooks/classify-item";
import type { HandlerContext } from "@/lib/webhooks/handlers/context";
import { handleEcho } from "@/lib/webhooks/handlers/echo";
import { handleEdit } from "@/lib/webhooks/handlers/edit";
import { handleIncomingMessage } from "@/lib/webhooks/handlers/incoming-message";
import { handlePostback } from "@/lib/webhooks/handlers/postback";
import { handleReaction } from "@/lib/webhooks/handlers/reaction";
import { handleRead } from "@/lib/webhooks/handlers/read";
import { handleReferral } from "@/lib/webhooks/handlers/referral";
import { handleUnsend } from "@/lib/webhooks/handlers/unsend";

export type HandledItem = Exclude<ClassifiedItem, { kind: "ignored" }>;

/** Runs the handler of one classified messaging item inside the caller's transaction. */
export function handleItem(ctx: HandlerContext, classified: HandledItem): Promise<void> {
  switch (classified.kind) {
    case "message":
      return handleIncomingMessage(ctx, classified.item);
    case "echo":
      return handleEcho(ctx, classified.item);
    case "unsend":
      return handleUnsend(ctx, classified.item);
    case "edit":
      return handleEdit(ctx, classified.item);
    case "reaction":
      return handleReaction(ctx, classified.item);
    case "read":
      return handleRead(ctx, classified.item);
    case "postback":
      return handlePostback(ctx, classified.item);
    case "referral":
      return handleReferral(ctx, classified.item);
  }
}
