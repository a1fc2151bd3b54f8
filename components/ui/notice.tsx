import type { ReactNode } from "react";

/** An inline error beside the form it belongs to (successes go to the toaster). */
export function Notice({ children }: { children: ReactNode }) {
  return <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-inset ring-red-200">{children}</p>;
}
