"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useToast } from "@/components/ui/toaster";
import type { ActionResult } from "@/lib/actions/action-result";

export class ActionFailure extends Error {
  constructor(readonly result: Extract<ActionResult, { ok: false }>) {
    super(result.code);
  }
}

/**
 * Runs a server action as a mutation, refreshes the server-rendered page on success, and
 * exposes translated errors: one for the form and one per field.
 */
export function useActionMutation<I, T>(action: (input: I) => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
  const router = useRouter();
  const tErrors = useTranslations("Errors");
  const tValidation = useTranslations("Validation");
  const mutation = useMutation({
    mutationFn: async (input: I) => {
      const result = await action(input);
      if (!result.ok) throw new ActionFailure(result);
      return result.data;
    },
    onSuccess: (data) => {
      onSuccess?.(data);
      router.refresh();
    },
  });
  const failure = mutation.error instanceof ActionFailure ? mutation.error.result : undefined;
  const code = failure?.code ?? (mutation.error ? "INTERNAL" : undefined);
  const fieldError = (field: string) => {
    const key = failure?.fieldErrors?.[field];
    if (!key) return undefined;
    return tValidation.has(key as never) ? tValidation(key as never) : tValidation("invalid");
  };
  const formError = code ? (tErrors.has(code as never) ? tErrors(code as never) : tErrors("INTERNAL")) : undefined;
  return { ...mutation, formError, fieldError };
}

/** A form that creates something: on success it announces `message(data)` and clears itself. */
export function useCreateForm<I, T>(action: (input: I) => Promise<ActionResult<T>>, message: (data: T) => string) {
  const form = useRef<HTMLFormElement>(null);
  const toast = useToast();
  const mutation = useActionMutation(action, (data) => {
    toast(message(data));
    form.current?.reset();
  });
  return { form, mutation };
}
