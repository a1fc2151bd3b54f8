/** The people and accounts every e2e run starts with (see seed.ts). */
export const PASSWORD = "e2e-password-1";

export const people = {
  superAdmin: { name: "Sam Super", email: "sam@switchboard.test" },
  acmeAdmin: { name: "Ada Admin", email: "ada@acme.test" },
  acmeAgent: { name: "Alex Agent", email: "alex@acme.test" },
  globexAdmin: { name: "Gus Globex", email: "gus@globex.test" },
  lockout: { name: "Lou Locked", email: "lou@acme.test" },
  // A super admin who also administers Acme: sees Meta's details on connection errors.
  operator: { name: "Olga Operator", email: "olga@switchboard.test" },
  // Administers an inbox whose token Meta no longer accepts (seeded due for refresh).
  dormantAdmin: { name: "Dora Dormant", email: "dora@dormant.test" },
} as const;

export type Seeded = { accounts: { acme: number; acmeOutlet: number; globex: number; dormant: number } };
