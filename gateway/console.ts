/**
 * The support console at `/console/`: the files `npm run build:console` writes to dist/console
 * (a Vite build of console/), served from memory. Hashed assets are cached for good; any other
 * path under /console/ gets index.html, so the app's own views survive a reload.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { StaticFile } from "../shared/http.js";
import { projectPath } from "../shared/paths.js";

export const CONSOLE_BASE = "/console/";
export const CONSOLE_DIR = projectPath("dist", "console");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
};

/**
 * Only this origin's scripts, styles and connections (HTTP and graphql-ws); inline style
 * attributes are allowed for the chart's sizes, inline scripts are not.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const NOT_BUILT = Buffer.from(
  "<!doctype html><meta charset=utf-8><title>Console not built</title><p>The console has not been built: run <code>npm run build:console</code> (npm install does it).</p>",
);

function walk(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

/** Loads the build once (it is a few hundred kilobytes); an absent build serves an explanation. */
export function consoleFiles(dir = CONSOLE_DIR): (url: URL) => StaticFile | null {
  let files: Map<string, StaticFile> | null = null;
  const load = () => {
    const map = new Map<string, StaticFile>();
    if (existsSync(path.join(dir, "index.html"))) {
      for (const relative of walk(dir)) {
        const body = readFileSync(path.join(dir, relative));
        const hashed = relative.startsWith("assets/");
        map.set(relative, {
          body,
          gzip: gzipSync(body),
          contentType: TYPES[path.extname(relative)] ?? "application/octet-stream",
          headers: {
            "content-security-policy": CSP,
            "x-content-type-options": "nosniff",
            "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
          },
        });
      }
    }
    return map;
  };
  return (url) => {
    if (url.pathname === "/console")
      return { status: 308, body: Buffer.alloc(0), contentType: "text/plain", headers: { location: CONSOLE_BASE } };
    if (!url.pathname.startsWith(CONSOLE_BASE)) return null;
    files ??= load();
    const index = files.get("index.html");
    if (!index)
      return {
        status: 503,
        body: NOT_BUILT,
        contentType: "text/html; charset=utf-8",
        headers: { "cache-control": "no-cache" },
      };
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(CONSOLE_BASE.length));
    } catch {
      relative = "\0";
    }
    const file = files.get(relative);
    if (file) return file;
    // A missing asset is a 404 (a stale page asking for an old hash), a view path is the app.
    if (relative.startsWith("assets/") || path.extname(relative) || relative.includes("\0"))
      return { status: 404, body: Buffer.from("not found"), contentType: "text/plain; charset=utf-8", headers: {} };
    return index;
  };
}
