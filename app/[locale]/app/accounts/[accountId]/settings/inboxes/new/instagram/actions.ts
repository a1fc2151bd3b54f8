"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { accountAction } from "@/lib/actions/authorized-action";
import { AppError } from "@/lib/errors/app-error";
import { getInbox } from "@/lib/inboxes/list-inboxes";
import { startInstagramConnection } from "@/lib/instagram/start-connection";
import { STATE_COOKIE, stateCookieOptions } from "@/lib/instagram/state-cookie";

export const startInstagramConnectionAction = accountAction(
  { schema: z.object({ locale: z.enum(routing.locales), inboxId: z.number().int().positive().optional() }), role: "administrator" },
  async ({ accountId, locale, inboxId }, user) => {
    // Reauthorizing: the inbox must be this account's (the callback then accepts only its Instagram account).
    if (inboxId !== undefined && !(await getInbox({ accountId, inboxId }))) throw new AppError("NOT_FOUND");
    const started = await startInstagramConnection({ accountId, userId: user.id, locale, inboxId });
    if (!started.ok) throw new AppError("INSTAGRAM_NOT_CONFIGURED");
    (await cookies()).set(STATE_COOKIE, started.nonce, stateCookieOptions());
    return { authorizeUrl: started.authorizeUrl };
  },
);
