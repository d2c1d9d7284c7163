/** `npm run token -- --role agent --sub <id> [--name "Display Name"] [--expires 7d]`: mints a dev token. */
import { parseArgs } from "node:util";
import { loadConfig } from "../subgraphs/common/config.js";
import { mintToken, ROLES, type UserRole } from "../subgraphs/common/identity.js";
import { runMain } from "./cli.js";

runMain(async () => {
  const { values } = parseArgs({ options: { role: { type: "string" }, sub: { type: "string" }, name: { type: "string" }, expires: { type: "string", default: "30d" } } });
  if (!values.role || !(ROLES as readonly string[]).includes(values.role) || !values.sub) {
    console.error(`Usage: npm run token -- --role <${ROLES.join("|")}> --sub <id> [--name <name>] [--expires 30d]`);
    process.exit(1);
  }
  const config = loadConfig();
  console.log(await mintToken({ secret: config.JWT_SECRET, issuer: config.JWT_ISSUER, role: values.role as UserRole, subject: values.sub, name: values.name, expiresIn: values.expires }));
});
