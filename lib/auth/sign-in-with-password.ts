import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";

export const LOCKOUT_ATTEMPTS = 10;
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

export type SignInResult =
  | { ok: true; user: { id: number; email: string; name: string } }
  | { ok: false; code: "INVALID_CREDENTIALS" }
  | { ok: false; code: "LOCKED_OUT"; retryAt: Date };

let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password. Unknown emails cost the same argon2 work as wrong passwords and
 * get the same answer, so neither timing nor wording reveals which accounts exist. After
 * LOCKOUT_ATTEMPTS failures for one email within the window, the email is refused until the
 * oldest of them leaves the window; attempts while locked are not counted, so the lock ends.
 */
export async function signInWithPassword({
  email: rawEmail,
  password,
  now = new Date(),
}: {
  email: string;
  password: string;
  now?: Date;
}): Promise<SignInResult> {
  const email = rawEmail.trim().toLowerCase();
  const client = await db();
  const windowStart = new Date(now.getTime() - LOCKOUT_WINDOW_MS);
  const recentFailures = await client.failedLogin.findMany({
    where: { email, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    take: LOCKOUT_ATTEMPTS,
    select: { createdAt: true },
  });
  if (recentFailures.length >= LOCKOUT_ATTEMPTS) {
    const oldest = recentFailures[LOCKOUT_ATTEMPTS - 1]!.createdAt;
    return { ok: false, code: "LOCKED_OUT", retryAt: new Date(oldest.getTime() + LOCKOUT_WINDOW_MS) };
  }

  const user = await client.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  dummyHash ??= hashPassword("not-a-real-password");
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !valid) {
    await client.$transaction([
      client.failedLogin.deleteMany({ where: { email, createdAt: { lte: windowStart } } }),
      client.failedLogin.create({ data: { email, createdAt: now } }),
    ]);
    return { ok: false, code: "INVALID_CREDENTIALS" };
  }
  await client.failedLogin.deleteMany({ where: { email } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
