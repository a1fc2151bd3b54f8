import type {
  AppConfig,
  AppInput,
  Call,
  Customer,
  CustomerInput,
  FailureInput,
  FailureView,
  StateView,
  TokenInput,
  TokenView,
  User,
  UserInput,
} from "./control-api";

/** A typed client for the stand-in's /__control API, for Playwright and unit tests. */

export type { AppConfig, AppInput, Call, Customer, CustomerInput, FailureInput, FailureView, StateView, TokenInput, TokenView, User, UserInput };

export function standIn(baseUrl: string) {
  const base = baseUrl.replace(/\/+$/, "");

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${base}/__control${path}`, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Meta stand-in ${method} /__control${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }

  return {
    url: base,
    configureApp: (app: AppInput) => request<AppConfig>("PUT", "/app", app),
    app: () => request<AppConfig | null>("GET", "/app"),
    /** Creates or replaces an Instagram account; the answer includes its derived ids. */
    putUser: (userId: string, user: UserInput) => request<User>("PUT", `/users/${encodeURIComponent(userId)}`, user),
    users: () => request<User[]>("GET", "/users"),
    putCustomer: (igsid: string, customer: CustomerInput) => request<Customer>("PUT", `/customers/${encodeURIComponent(igsid)}`, customer),
    addFailure: async (failure: FailureInput) => (await request<{ id: string }>("POST", "/failures", failure)).id,
    failures: () => request<FailureView[]>("GET", "/failures"),
    removeFailure: (id: string) => request<{ deleted: boolean }>("DELETE", `/failures/${encodeURIComponent(id)}`),
    clearFailures: () => request<{ cleared: number }>("DELETE", "/failures"),
    calls: (filter: { userId?: string; path?: string } = {}) => {
      const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])));
      return request<Call[]>("GET", `/calls${query.size ? `?${query}` : ""}`);
    },
    state: () => request<StateView>("GET", "/state"),
    /** A working token for an account without the browser flow (long-lived unless kind says so). */
    issueToken: (input: TokenInput) => request<TokenView>("POST", "/tokens", input),
    revokeTokens: (userId: string) => request<{ revoked: number }>("POST", "/tokens/revoke", { userId }),
    /** Moves the stand-in's clock forward, e.g. past a code's hour or a token's 60 days. */
    advanceClock: (ms: number) => request<{ now: string; offsetMs: number }>("POST", "/clock", { advanceMs: ms }),
    reset: () => request<{ ok: true }>("POST", "/reset"),
  };
}

export type StandInClient = ReturnType<typeof standIn>;
