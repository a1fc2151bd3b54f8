import { db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";

/**
 * First start: when nobody is a super admin yet, create one from SUPER_ADMIN_EMAIL and
 * SUPER_ADMIN_PASSWORD (or promote the user who already has that email).
 */
export async function ensureSuperAdmin({ email, password }: { email: string; password: string }) {
  const client = await db();
  if (await client.user.count({ where: { superAdmin: true } })) return { created: false };
  const normalized = email.trim().toLowerCase();
  const promoted = await client.user.updateMany({ where: { email: normalized }, data: { superAdmin: true } });
  if (promoted.count === 0) await createUser({ name: "Super admin", email: normalized, password, superAdmin: true });
  return { created: true };
}
