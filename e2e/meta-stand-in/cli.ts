import { parseArgs } from "node:util";
import { startMetaStandIn } from "./server";

/**
 * tsx e2e/meta-stand-in/cli.ts --port 3199 [--host H] [--app-id ID --app-secret S
 *   --redirect-uri URL [--redirect-uri URL2]] [--seed-users]
 */

const USAGE = `Usage: tsx e2e/meta-stand-in/cli.ts [--port 3199] [--host 127.0.0.1]
  [--app-id ID --app-secret SECRET --redirect-uri URL ...] [--seed-users]`;

function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: "string", default: "3199" },
        host: { type: "string" },
        "app-id": { type: "string" },
        "app-secret": { type: "string" },
        "redirect-uri": { type: "string", multiple: true },
        "seed-users": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a port number\n${USAGE}`);
    process.exit(2);
  }
  const appId = values["app-id"];
  const appSecret = values["app-secret"];
  if (Boolean(appId) !== Boolean(appSecret)) {
    console.error(`--app-id and --app-secret go together\n${USAGE}`);
    process.exit(2);
  }
  const app = appId && appSecret ? { appId, appSecret, redirectUris: values["redirect-uri"] ?? [] } : undefined;

  startMetaStandIn({ port, host: values.host, app, seedUsers: values["seed-users"] }).then(
    (standIn) => {
      console.log(`Meta stand-in listening on ${standIn.url}`);
      let stopping = false;
      const stop = () => {
        if (stopping) return;
        stopping = true;
        standIn.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.on("SIGTERM", stop);
      process.on("SIGINT", stop);
    },
    (error: unknown) => {
      console.error(`Meta stand-in could not start: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}

main();
