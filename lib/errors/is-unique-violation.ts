import { Prisma } from "@/lib/generated/prisma/client";

// Prisma 7 reports unique violations as P2002; the constraint name moved under
// meta.driverAdapterError.cause (meta.target is gone), so callers match on the code only.
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
