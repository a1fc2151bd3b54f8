import { defaultSuperAdmin, env } from "@/lib/env";
import { startChangeJournal } from "@/lib/conversations/change-journal";
import { configureQueues } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { ensureSuperAdmin } from "@/lib/users/ensure-super-admin";
import { registerWebhookIntake } from "@/lib/webhooks/register-intake";
import { serveWebhookDelivery } from "@/lib/webhooks/serve-webhook-delivery";
import { exitOnSignal } from "@/lib/worker/exit-on-signal";
import { startWorker } from "@/lib/worker/start-worker";

const { APP_URL, SUPER_ADMIN_EMAIL, SUPER_ADMIN_PASSWORD, WORKER } = env();

const { created } = await ensureSuperAdmin({ email: SUPER_ADMIN_EMAIL, password: SUPER_ADMIN_PASSWORD });
const usesDefaults = SUPER_ADMIN_EMAIL === defaultSuperAdmin.email && SUPER_ADMIN_PASSWORD === defaultSuperAdmin.password;
// The password is printed only when it is the documented default, never a custom one.
const login = usesDefaults ? `${SUPER_ADMIN_EMAIL} / ${SUPER_ADMIN_PASSWORD} (the default: change it)` : SUPER_ADMIN_EMAIL;
console.log(`\nSwitchboard is ready at ${APP_URL}\nSuper admin: ${login}${created ? " (created now)" : ""}\n`);

registerWebhookIntake(serveWebhookDelivery);
// Listening from the start, a page's live stream can name what changed since it was rendered.
startChangeJournal();

// Queue upkeep (expired leases, retention) belongs to the processes that run the worker.
configureQueues({ supervise: WORKER === "inline" });
// The worker starts beside the server, not before it: pages do not wait for the queue.
const stopWorker = WORKER === "inline" ? startWorker().catch((error: unknown) => logger.error({ err: error }, "the worker did not start")) : undefined;

// Our own shutdown (scripts/server.mjs installs no handler of Next's): closing the embedded
// database before exiting spares the next start a crash recovery.
exitOnSignal(async () => stopWorker);
