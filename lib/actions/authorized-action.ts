import { z } from "zod";
import { assertAccountAccess } from "@/lib/auth/assert-account-access";
import { assertSuperAdmin } from "@/lib/auth/assert-super-admin";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/get-current-user";
import { toActionResult, type ActionResult } from "@/lib/actions/action-result";
import type { AccountRole } from "@/lib/generated/prisma/enums";

const accountScope = z.object({ accountId: z.coerce.number().int().positive() });

/**
 * Server actions are public POST endpoints: each one authenticates, checks the role in the
 * account named by its input, and parses that input before its handler runs. Handlers still
 * scope their own queries to the account.
 */
export function accountAction<S extends z.ZodObject, T>(
  { schema, role }: { schema: S; role: AccountRole },
  handler: (input: z.infer<S> & { accountId: number }, actor: CurrentUser, actorRole: AccountRole) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> =>
    toActionResult(async () => {
      const user = await getCurrentUser();
      const { accountId } = accountScope.parse(raw);
      const membership = await assertAccountAccess({ userId: user?.id, accountId, role });
      const input = schema.parse(raw);
      return handler({ ...input, accountId }, user!, membership.role);
    });
}

export function superAdminAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, actor: CurrentUser) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> =>
    toActionResult(async () => {
      const user = await getCurrentUser();
      assertSuperAdmin(user);
      return handler(schema.parse(raw), user);
    });
}
