"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { accountAction } from "@/lib/actions/authorized-action";
import { AppError } from "@/lib/errors/app-error";
import { startInstagramConnection } from "@/lib/instagram/start-connection";
import { STATE_COOKIE, stateCookieOptions } from "@/lib/instagram/state-cookie";

export const startInstagramConnectionAction = accountAction(
  { schema: z.object({ locale: z.enum(routing.locales) }), role: "administrator" },
  async ({ accountId, locale }, user) => {
    const started = await startInstagramConnection({ accountId, userId: user.id, locale });
    if (!started.ok) throw new AppError("INSTAGRAM_NOT_CONFIGURED");
    (await cookies()).set(STATE_COOKIE, started.nonce, stateCookieOptions());
    return { authorizeUrl: started.authorizeUrl };
  },
);
