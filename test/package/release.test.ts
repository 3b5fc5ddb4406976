// The package as the registry shows it: metadata, a README whose links work off GitHub, a
// changelog from changesets, and a tarball without source maps (their sources are not shipped).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));

describe("release metadata", () => {
  it("names the repository, homepage, issue tracker, author and licence", () => {
    expect(pkg.repository).toEqual({
      type: "git",
      url: "git+https://github.com/cast-plan/cast-plan.git",
    });
    expect(pkg.homepage).toBe("https://github.com/cast-plan/cast-plan#readme");
    expect(pkg.bugs).toEqual({ url: "https://github.com/cast-plan/cast-plan/issues" });
    expect(pkg.author).toBe("cast-plan contributors");
    expect(pkg.license).toBe("MIT");
    expect(readFileSync("LICENSE", "utf8")).toContain("MIT License");
  });

  it("is a released 0.x version whose changelog section comes from changesets", () => {
    expect(pkg.version).toMatch(/^0\.[1-9]\d*\.\d+$/);
    const changelog = readFileSync("CHANGELOG.md", "utf8");
    expect(changelog.startsWith("# cast-plan\n")).toBe(true);
    expect(changelog).toContain(`\n## ${pkg.version}\n`);
    expect(changelog).toContain("\n## 0.1.0\n");
    expect(changelog).toContain("### Minor Changes");
  });

  it("links the README's guides absolutely, so they work on the registry page", () => {
    const links = [...readFileSync("README.md", "utf8").matchAll(/\]\(([^)]+)\)/g)].map(
      (m) => m[1] as string,
    );
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(link).toMatch(/^(https:\/\/|#)/);
  });

  it("packs the bin, the build and the data, without source maps or sources", () => {
    const [pack] = JSON.parse(
      execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
        encoding: "utf8",
      }),
    );
    const files: string[] = pack.files.map((f: { path: string }) => f.path);
    for (const wanted of [
      "bin/cast-plan.js",
      "dist/index.js",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/cli.js",
      "data/cast-plan.json",
      "LICENSE",
      "README.md",
      "CHANGELOG.md",
    ])
      expect(files).toContain(wanted);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(files.filter((f) => f.startsWith("src/") || f.startsWith("test/"))).toEqual([]);
  });
});
