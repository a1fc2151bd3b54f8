import { forbidden, notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { assertAccountAccess } from "@/lib/auth/assert-account-access";
import { assertSuperAdmin } from "@/lib/auth/assert-super-admin";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/get-current-user";
import { parseId } from "@/lib/auth/parse-id";
import { AppError } from "@/lib/errors/app-error";
import type { AccountRole } from "@/lib/generated/prisma/enums";
import { redirect } from "@/i18n/navigation";

/** Pages call these first: they turn access errors into a sign-in redirect, a 404 or a 403. */
export async function guardSignedIn(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) return redirectToLogin();
  return user;
}

export async function guardAccountPage(accountIdSegment: string, role: AccountRole = "agent") {
  const user = await guardSignedIn();
  const accountId = parseId(accountIdSegment);
  if (accountId === null) notFound();
  try {
    const membership = await assertAccountAccess({ userId: user.id, accountId, role });
    return { user, accountId, role: membership.role };
  } catch (error) {
    return handleAccessError(error);
  }
}

export async function guardSuperAdminPage(): Promise<CurrentUser> {
  const user = await guardSignedIn();
  try {
    assertSuperAdmin(user);
    return user;
  } catch (error) {
    return handleAccessError(error);
  }
}

async function handleAccessError(error: unknown): Promise<never> {
  if (!(error instanceof AppError)) throw error;
  if (error.code === "NOT_FOUND") notFound();
  if (error.code === "FORBIDDEN") forbidden();
  if (error.code === "UNAUTHENTICATED") return redirectToLogin();
  throw error;
}

async function redirectToLogin(): Promise<never> {
  return redirect({ href: "/login", locale: await getLocale() });
}
