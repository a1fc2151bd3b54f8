"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { StripMetaFragment } from "@/components/strip-meta-fragment";
import { Toaster } from "@/components/ui/toaster";
import { makeQueryClient } from "@/lib/query/make-query-client";

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <StripMetaFragment />
      <Toaster>{children}</Toaster>
    </QueryClientProvider>
  );
}
