import { useId, type ReactNode } from "react";

/** A titled panel; its title names the region for screen readers. */
export function Card({
  title,
  description,
  children,
}: {
  title?: string;
  description?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={title ? id : undefined}
      className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200"
    >
      {title && (
        <h2 id={id} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
      )}
      {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      <div className={title || description ? "mt-5" : undefined}>{children}</div>
    </section>
  );
}
