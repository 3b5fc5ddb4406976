// The TypeDoc plugin of the documentation site (typedoc.json "plugin"). Everything is done at build
// time; the built site loads nothing from the network:
//
// - Headings keep their inline code in the "On this page" outline and in their anchors: TypeDoc
//   takes a heading's outline text from its text tokens only, so "… — `assessEscap`" became "… —".
//   Each inline-code (and inline-math) token inside a heading gets a text child carrying its
//   content, which TypeDoc's outline reads; the heading itself still renders the code as code.
// - Mathematics: `$…$` (inline) and `$$…$$` (display, on lines of their own) are rendered with
//   KaTeX to HTML+MathML. KaTeX's CSS and fonts are copied into the site (assets/katex/). Inline
//   math follows Pandoc's rule: no space after the opening `$`, none before the closing `$`, and
//   no digit right after it, so "$5 and $6" stays text. A TeX error is a warning (an error under
//   treatWarningsAsErrors).
// - Mermaid: every ```mermaid block is drawn to SVG before rendering, in the headless Chromium of
//   @sparticuz/chromium driven by playwright-core, with mermaid's own bundle from node_modules
//   (injected as a script, no server); the page gets the inline SVG, no mermaid JavaScript.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import katex from "katex";
import { JSX, RendererEvent } from "typedoc";

const require = createRequire(import.meta.url);
const katexDist = dirname(require.resolve("katex/dist/katex.min.css"));
const mermaidBundle = require.resolve("mermaid/dist/mermaid.min.js");

const EXTRA_CSS = `/* cast-plan docs: rendered mathematics and diagrams */
.katex-display { overflow-x: auto; overflow-y: hidden; padding: 0.25em 0; }
.cp-diagram { background: #fff; color: #000; border-radius: 0.5em; padding: 1em; margin: 1em 0; overflow-x: auto; text-align: center; }
.cp-diagram svg { max-width: 100%; height: auto; }
`;

/** @param {import("typedoc").Application} app */
export function load(app) {
  /** @type {Map<string, string>} mermaid source (trimmed) -> SVG */
  const diagrams = new Map();

  app.renderer.preRenderAsyncJobs.push(async (event) => {
    const sources = new Set();
    const visit = (parts) => {
      for (const part of parts ?? []) {
        const m = part.kind === "code" && /^```mermaid\s*\n([\s\S]*?)```\s*$/.exec(part.text);
        if (m) sources.add(m[1].trim());
      }
    };
    const project = event.project;
    visit(project.readme);
    for (const r of Object.values(project.reflections)) {
      visit(r.content);
      visit(r.readme);
      visit(r.comment?.summary);
      for (const tag of r.comment?.blockTags ?? []) visit(tag.content);
    }
    if (sources.size === 0) return;
    for (const [source, svg] of await renderMermaid([...sources])) diagrams.set(source, svg);
  });

  app.renderer.on(
    RendererEvent.BEGIN,
    () => {
      const md = app.renderer.markedPlugin.parser;
      installMath(md, app.logger);
      installHeadingText(md);
      const fence = md.renderer.rules.fence;
      md.renderer.rules.fence = (tokens, idx, options, env, self) => {
        const token = tokens[idx];
        if (token.info.trim() === "mermaid") {
          const svg = diagrams.get(token.content.trim());
          if (svg) return `<div class="cp-diagram">${svg}</div>\n`;
          app.logger.warn(`A mermaid block was not pre-rendered: ${token.content.slice(0, 60)}`);
        }
        return fence(tokens, idx, options, env, self);
      };
    },
    -100, // after TypeDoc's own markdown parser is set up
  );

  app.renderer.hooks.on("head.end", (context) => [
    JSX.createElement("link", {
      rel: "stylesheet",
      href: context.relativeURL("assets/katex/katex.min.css"),
    }),
    JSX.createElement("link", {
      rel: "stylesheet",
      href: context.relativeURL("assets/cast-plan-docs.css"),
    }),
  ]);

  app.renderer.on(RendererEvent.END, (event) => {
    const assets = join(event.outputDirectory, "assets");
    mkdirSync(join(assets, "katex"), { recursive: true });
    cpSync(join(katexDist, "katex.min.css"), join(assets, "katex", "katex.min.css"));
    // Only the woff2 fonts (every browser that runs the site reads them); the CSS lists woff and
    // ttf as fallbacks, which a browser asks for only when woff2 fails.
    mkdirSync(join(assets, "katex", "fonts"), { recursive: true });
    for (const font of readdirWoff2(join(katexDist, "fonts")))
      cpSync(join(katexDist, "fonts", font), join(assets, "katex", "fonts", font));
    writeFileSync(join(assets, "cast-plan-docs.css"), EXTRA_CSS);
  });
}

function readdirWoff2(dir) {
  return readdirSync(dir).filter((f) => f.endsWith(".woff2"));
}

/** Inline code and math inside headings get a text child, which TypeDoc's outline reads. */
function installHeadingText(md) {
  md.core.ruler.push("cast_plan_heading_text", (state) => {
    for (let i = 0; i + 1 < state.tokens.length; i++) {
      if (state.tokens[i].type !== "heading_open") continue;
      for (const child of state.tokens[i + 1].children ?? []) {
        if (child.type !== "code_inline" && child.type !== "math_inline") continue;
        const text = new state.Token("text", "", 0);
        text.content = child.content;
        child.children = [text];
      }
    }
  });
}

function installMath(md, logger) {
  const render = (tex, displayMode) => {
    try {
      return katex.renderToString(tex, {
        displayMode,
        throwOnError: true,
        output: "htmlAndMathml",
      });
    } catch (e) {
      logger.warn(`KaTeX could not render ${JSON.stringify(tex)}: ${e.message}`);
      return `<code>${md.utils.escapeHtml(tex)}</code>`;
    }
  };

  md.inline.ruler.after("escape", "math_inline", (state, silent) => {
    const { src, pos } = state;
    if (src[pos] !== "$" || src[pos + 1] === "$") return false;
    const first = src[pos + 1];
    if (first === undefined || /\s/.test(first)) return false;
    let end = src.indexOf("$", pos + 1);
    while (end !== -1 && src[end - 1] === "\\") end = src.indexOf("$", end + 1);
    if (end !== -1 && (/\s/.test(src[end - 1]) || /[0-9]/.test(src[end + 1] ?? ""))) return false;
    if (end === -1) return false;
    if (!silent) {
      const token = state.push("math_inline", "math", 0);
      token.content = src.slice(pos + 1, end);
    }
    state.pos = end + 1;
    return true;
  });

  md.block.ruler.before("fence", "math_block", (state, startLine, endLine, silent) => {
    const start = state.bMarks[startLine] + state.tShift[startLine];
    const firstLine = state.src.slice(start, state.eMarks[startLine]);
    if (!firstLine.startsWith("$$")) return false;
    let content;
    let line = startLine;
    const rest = firstLine.slice(2);
    if (rest.trim().endsWith("$$") && rest.trim().length > 2) {
      content = rest.trim().slice(0, -2);
    } else {
      const lines = [rest];
      for (line = startLine + 1; line < endLine; line++) {
        const text = state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
        if (text.trim().endsWith("$$")) {
          lines.push(text.trim().slice(0, -2));
          break;
        }
        lines.push(text);
      }
      if (line >= endLine) return false;
      content = lines.join("\n");
    }
    if (silent) return true;
    const token = state.push("math_block", "math", 0);
    token.block = true;
    token.content = content.trim();
    token.map = [startLine, line + 1];
    state.line = line + 1;
    return true;
  });

  md.renderer.rules.math_inline = (tokens, idx) => render(tokens[idx].content, false);
  md.renderer.rules.math_block = (tokens, idx) => `${render(tokens[idx].content, true)}\n`;
}

/** Draws mermaid sources to SVG in headless Chromium; returns [source, svg] pairs. */
async function renderMermaid(sources) {
  const { default: packagedChromium } = await import("@sparticuz/chromium");
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: await packagedChromium.executablePath(),
    args: [
      ...packagedChromium.args,
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const page = await browser.newPage();
    await page.setContent("<!doctype html><html><body></body></html>");
    await page.addScriptTag({ content: readFileSync(mermaidBundle, "utf8") });
    return await page.evaluate(async (list) => {
      const mermaid = globalThis.mermaid;
      mermaid.initialize({
        startOnLoad: false,
        securityLevel: "strict",
        theme: "default",
        flowchart: { htmlLabels: false },
      });
      const out = [];
      for (let i = 0; i < list.length; i++) {
        const { svg } = await mermaid.render(`cp-mermaid-${i}`, list[i]);
        out.push([list[i], svg]);
      }
      return out;
    }, sources);
  } finally {
    await browser.close();
  }
}
