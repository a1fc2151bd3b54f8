/** The Instagram profile picture, or the username's initial while there is none. */
export function InboxAvatar({ username, pictureUrl, size = "md" }: { username: string; pictureUrl: string | null; size?: "md" | "lg" }) {
  const box = size === "lg" ? "size-14 text-lg" : "size-10 text-sm";
  if (pictureUrl) {
    // eslint-disable-next-line @next/next/no-img-element -- Instagram's CDN URLs expire; no optimisation cache.
    return <img src={pictureUrl} alt="" className={`${box} shrink-0 rounded-full object-cover ring-1 ring-slate-200`} />;
  }
  return (
    <span aria-hidden className={`${box} flex shrink-0 items-center justify-center rounded-full bg-gradient-to-br from-fuchsia-500 to-amber-400 font-semibold text-white`}>
      {username.slice(0, 1).toUpperCase()}
    </span>
  );
}
