// The support console: a React app built into dist/console and served by the gateway at /console/.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/console/",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("../dist/console", import.meta.url)),
    emptyOutDir: true,
    // The gateway's CSP allows no inline script: keep the module preload polyfill out.
    modulePreload: { polyfill: false },
  },
  // `npx vite --config console/vite.config.ts`: a dev server that talks to `npm start`'s gateway.
  server: { proxy: { "/graphql": { target: "http://127.0.0.1:4000", ws: true } } },
});
