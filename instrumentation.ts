export async function register() {
  // Node-only start-up work lives in its own file so that the Edge bundle never sees it.
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
