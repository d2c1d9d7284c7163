/** `npm run token -- --role agent --sub <id> [--name "Display Name"] [--expires 7d]`: mints a dev token. */
import { parseArgs } from "node:util";
import { loadConfig, StartupError } from "../shared/config.js";
import { mintToken, ROLES, type UserRole } from "../shared/identity.js";
import { runMain } from "../runtime/cli.js";

const USAGE = [
  `Usage: npm run token -- --role <${ROLES.join("|")}> --sub <id> [--name <name>] [--expires 30d]`,
  "",
  "Prints a bearer token signed with JWT_SECRET (send it as `Authorization: Bearer <token>`).",
  "  --role      who the caller is",
  "  --sub       the caller's id (an agent's or customer's id; `npm start` prints the demo ones)",
  "  --name      display name carried in the token",
  "  --expires   lifetime, e.g. 15m, 12h, 30d (default 30d)",
].join("\n");

runMain(async () => {
  let values: { role?: string; sub?: string; name?: string; expires?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        role: { type: "string" },
        sub: { type: "string" },
        name: { type: "string" },
        expires: { type: "string", default: "30d" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new StartupError(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.role || !(ROLES as readonly string[]).includes(values.role) || !values.sub) throw new StartupError(USAGE);
  const config = loadConfig();
  console.log(
    await mintToken({
      secret: config.JWT_SECRET,
      issuer: config.JWT_ISSUER,
      role: values.role as UserRole,
      subject: values.sub,
      name: values.name,
      expiresIn: values.expires,
    }),
  );
});
