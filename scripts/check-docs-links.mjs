// Checks the built documentation site (docs/api, built by TypeDoc): every relative href and src in
// its HTML files must resolve to a file of the site, and every #anchor to an id in that file.
// External links (http:, https:, mailto:, data:) are not followed: no network.
// Run after TypeDoc: node scripts/check-docs-links.mjs [dir]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const site = resolve(process.argv[2] ?? "docs/api");
if (!existsSync(join(site, "index.html"))) {
  console.error(`${site}/index.html not found: build the site first (npx typedoc)`);
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const idsCache = new Map();
function idsOf(file) {
  let ids = idsCache.get(file);
  if (!ids) {
    const text = readFileSync(file, "utf8");
    ids = new Set([...text.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]));
    idsCache.set(file, ids);
  }
  return ids;
}

const pages = walk(site).filter((f) => f.endsWith(".html"));
const broken = [];
let links = 0;
let anchors = 0;
for (const page of pages) {
  const html = readFileSync(page, "utf8");
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const raw = m[1].replaceAll("&amp;", "&");
    if (raw === "" || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue;
    links++;
    const [pathPart, anchor] = raw.split("#", 2);
    const path = decodeURIComponent(pathPart.split("?")[0]);
    let target = path === "" ? page : resolve(dirname(page), path);
    if (existsSync(target) && statSync(target).isDirectory()) target = join(target, "index.html");
    if (!target.startsWith(site) || !existsSync(target)) {
      broken.push(`${relative(site, page)}: ${raw} (no such file)`);
      continue;
    }
    if (anchor && (target.endsWith(".html") || target.endsWith(".svg"))) {
      anchors++;
      if (!idsOf(target).has(decodeURIComponent(anchor)))
        broken.push(`${relative(site, page)}: ${raw} (no id "${anchor}")`);
    }
  }
}
for (const b of broken.slice(0, 50)) console.error(b);
console.log(
  `docs links: ${pages.length} pages, ${links} internal links (${anchors} with anchors), ${broken.length} broken`,
);
process.exit(broken.length === 0 ? 0 : 1);
