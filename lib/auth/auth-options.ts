import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "@/lib/auth/auth-secret";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * next-auth with email + password and a signed JWT session cookie. The session carries only
 * the user id: role and membership are read from the database on every request, so removing a
 * user or a membership takes effect at once.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          if (!credentials?.email || !credentials.password) return null;
          const result = await signInWithPassword({ email: credentials.email, password: credentials.password });
          if (result.ok) return { id: String(result.user.id), email: result.user.email, name: result.user.name };
          // next-auth hands a thrown message to the client as `error`; the login form translates it.
          if (result.code === "LOCKED_OUT") throw new Error(`LOCKED_OUT:${result.retryAt.toISOString()}`);
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.uid === "string") session.user.id = token.uid;
        return session;
      },
    },
  };
}
