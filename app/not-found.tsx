import "./globals.css";

// Requests outside any locale (rare: the proxy adds one) get a plain page in the default language.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="flex min-h-screen items-center justify-center font-sans">
        <h1 className="text-lg font-semibold">404 · Page not found</h1>
      </body>
    </html>
  );
}
