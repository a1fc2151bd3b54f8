import { AppError } from "@/lib/errors/app-error";
import type { CurrentUser } from "@/lib/auth/get-current-user";

export function assertSuperAdmin(user: CurrentUser | null): asserts user is CurrentUser {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!user.superAdmin) throw new AppError("FORBIDDEN");
}
