// Drives mtapi's exported html page in a real Chromium (Debian's /usr/bin/chromium by default) and
// checks what a person does with it. Run by internal/export's TestBrowser:
//
//   node check-page.mjs PAGE.html SHOT-DIR
//
// It fails (exit 1, the reasons on stderr) on any network request, console error or page error, and
// unless typing filters and ranks, / and Esc work, the filters work, deep links scroll and
// highlight (a name's other numbers link to that entry; malformed hashes, history-only names and
// numbers that are no codes are handled), a card found alone explains its number, a printed search
// says it is filtered, and the copy button copies "617020 UpdateDateCannotBeInFuture". It writes page.png
// (light) and page-dark.png (dark) to SHOT-DIR.
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [pagePath, shotDir] = process.argv.slice(2);
if (!pagePath || !shotDir) {
  console.error("usage: node check-page.mjs PAGE.html SHOT-DIR");
  process.exit(2);
}
const pageURL = pathToFileURL(resolve(pagePath)).href;
const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
};

const profile = mkdtempSync(join(tmpdir(), "mtapi-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-sync"],
  viewport: { width: 1100, height: 900 },
  colorScheme: "light",
});
const requests = [];
const errors = [];
context.on("request", (r) => requests.push(r.url()));
context.on("weberror", (e) => errors.push("page error: " + e.error().message));

try {
  const page = context.pages()[0] || (await context.newPage());
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push("console " + m.type() + ": " + m.text());
  });
  page.on("pageerror", (e) => errors.push("page error: " + e.message));

  // page.waitForFunction evaluates a string, which the page's CSP rightly forbids: poll instead.
  const waitFor = async (fn, what) => {
    for (let i = 0; i < 100; i++) {
      if (await page.evaluate(fn)) return;
      await page.waitForTimeout(30);
    }
    failures.push("timed out waiting for " + what);
  };
  await page.goto(pageURL);
  const visible = () => page.$$eval("article[data-code]", (els) => els.filter((e) => !e.hidden).map((e) => e.id));
  const total = (await page.$$("article[data-code]")).length;
  check(total > 100, `expected the whole catalogue, found ${total} entries`);
  check((await visible()).length === total, "not every entry is shown before a search");

  // Typing filters and ranks: the fuzzy name of 617020 first.
  await page.fill("#q", "");
  await page.click("#q");
  await page.keyboard.type("updatedatefut", { delay: 15 });
  await waitFor(() => document.querySelector("#count").textContent.includes("match"), "results");
  await page.waitForTimeout(200);
  let shown = await visible();
  check(shown[0] === "617020", `updatedatefut: first result ${shown[0]}, want 617020 (${shown.slice(0, 5)})`);
  check(shown.length < total, "typing did not filter");

  // Words of the message, and digits as a code prefix.
  await page.fill("#q", "future");
  await page.waitForTimeout(250);
  shown = await visible();
  check(shown.includes("617020") && shown.includes("618001"), `future: ${shown}`);
  await page.fill("#q", "6170");
  await page.waitForTimeout(250);
  shown = await visible();
  check(shown.length > 0 && shown.every((id) => id.startsWith("6170")), `6170: ${shown}`);
  check(await page.$eval("article[id='617020'] mark, #count", (e) => !!e), "no highlight");

  // A pasted text finds its codes as mtapi does: PASTES names the table of pastes
  // (testdata/pastes.json), each with the cards it must give. What the box reads as text lists its
  // cards in #found; a query searched instead (a bare code or name) must rank the card first.
  if (process.env.PASTES) {
    const pastes = JSON.parse(readFileSync(process.env.PASTES, "utf8"));
    for (const p of pastes) {
      await page.fill("#q", p.text);
      await page.waitForTimeout(120);
      const cards = await page.$$eval("#found:not([hidden]) .card", (els) => els.map((e) => e.getAttribute("data-card")));
      if (cards.length > 0 || p.want.length !== 1) {
        check(JSON.stringify(cards) === JSON.stringify(p.want), `paste ${JSON.stringify(p.text)}: cards ${JSON.stringify(cards)}, want ${JSON.stringify(p.want)}`);
      } else {
        const first = (await visible())[0] || "";
        check(first.split("-")[0] === p.want[0], `paste ${JSON.stringify(p.text)}: first result ${first}, want ${p.want[0]}`);
      }
    }
    await page.fill("#q", "");
  }

  // The ranking is mtapi search's: RANKINGS names a JSON file of query -> expected ids, in order.
  if (process.env.RANKINGS) {
    const rankings = JSON.parse(readFileSync(process.env.RANKINGS, "utf8"));
    for (const [query, want] of Object.entries(rankings)) {
      await page.fill("#q", query);
      await page.waitForTimeout(250);
      const got = await visible();
      check(JSON.stringify(got) === JSON.stringify(want), `ranking of ${JSON.stringify(query)}:\n  page   ${got}\n  search ${want}`);
    }
  }

  // Esc clears; / focuses.
  await page.keyboard.press("Escape");
  await page.waitForTimeout(250);
  check((await page.inputValue("#q")) === "", "Esc did not clear the search");
  check((await visible()).length === total, "Esc did not restore every entry");
  await page.click("h1");
  await page.keyboard.press("/");
  check(await page.evaluate(() => document.activeElement && document.activeElement.id === "q"), "/ did not focus the search");
  check((await page.inputValue("#q")) === "", "/ was typed into the field");

  // Filters by controller and by state.
  await page.selectOption("#controller", "617000");
  shown = await visible();
  check(shown.length > 0 && shown.every((id) => id.startsWith("617")), `controller filter: ${shown}`);
  await page.selectOption("#state", "superseded");
  shown = await page.$$eval("article[data-code]:not([hidden])", (els) => els.map((e) => e.dataset.state));
  check(shown.length > 0 && shown.every((s) => s === "superseded"), `state filter: ${shown}`);
  await page.selectOption("#controller", "");
  await page.selectOption("#state", "");

  // The copy button.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.click("article[id='617020'] button.copy");
  await waitFor(() => document.querySelector("article[id='617020'] button.copy").textContent !== "Copy", "the copy button");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  check(copied === "617020 UpdateDateCannotBeInFuture", `copied ${JSON.stringify(copied)}`);

  // Deep links, on load and on hash change; the typo's printed number leads to the intended code.
  for (const [hash, id] of [["617020", "617020"], ["62000", "620004"], ["604004", "604004"], ["UpdateDateCannotBeInFuture", "617020"]]) {
    await page.goto(pageURL + "#" + hash);
    await page.waitForTimeout(250);
    const state = await page.$eval(`article[id='${id}']`, (e) => {
      const r = e.getBoundingClientRect();
      return { target: e.classList.contains("target"), focused: document.activeElement === e,
        inView: r.top >= 0 && r.bottom <= window.innerHeight };
    });
    check(state.target && state.focused && state.inView, `#${hash}: ${JSON.stringify(state)}`);
  }
  await page.evaluate(() => { location.hash = "618010"; });
  await page.waitForTimeout(250);
  check(await page.$eval("article[id='618010']", (e) => e.classList.contains("target")), "hashchange to #618010 not followed");

  // A name's other numbers link to that entry, not to the number's first card.
  await page.goto(pageURL + "#601000-InvalidReturnUrl");
  await page.waitForTimeout(250);
  const alsoLink = await page.$("article[id='601000-InvalidReturnUrl'] .also a[href='#617003-InvalidReturnUrl']");
  if (alsoLink) {
    await alsoLink.click();
    await page.waitForTimeout(250);
  }
  check(alsoLink && await page.$eval("article[id='617003-InvalidReturnUrl']", (e) => e.classList.contains("target")),
    "the 'also printed at 617003' link of 601000-InvalidReturnUrl does not lead to 617003-InvalidReturnUrl");
  // Malformed escapes are no error; a name known only as history resolves as decode does; numbers
  // that are no codes lead to the box that explains them.
  for (const hash of ["%", "%E0%A4%A"]) {
    await page.goto(pageURL + "#" + hash);
    await page.waitForTimeout(150);
  }
  await page.goto(pageURL + "#ARTIFACT_NOT_FOUND");
  await page.waitForTimeout(250);
  check(await page.$eval("article[id='4000']", (e) => e.classList.contains("target")), "#ARTIFACT_NOT_FOUND not followed to 4000");
  for (const [hash, lo] of [["-1", "-1"], ["404", "200"]]) {
    await page.goto(pageURL + "#" + hash);
    await page.waitForTimeout(250);
    const box = await page.evaluate((lo) => ({ open: document.getElementById("not-codes").open,
      target: document.querySelector(`#not-codes dt[data-lo='${lo}']`).classList.contains("target"),
      count: document.getElementById("count").textContent }), lo);
    check(box.open && box.target && box.count.includes("not a catalogue code"), `#${hash}: ${JSON.stringify(box)}`);
  }

  // A card found alone carries its number's explanation, as decode gives it.
  await page.goto(pageURL);
  await page.fill("#q", "RetrievingArtifactFailed");
  await page.waitForTimeout(250);
  const alone = await page.$eval("article[id='604004-RetrievingArtifactFailed'] .explain", (e) => !e.hidden && e.textContent);
  check(alone && alone.includes("CreatingArtifactFailed"), `the 604004 duplicate found alone has no explanation: ${alone}`);
  await page.fill("#q", "");
  await page.waitForTimeout(250);
  check(await page.$eval("article[id='604004-RetrievingArtifactFailed'] .explain", (e) => e.hidden),
    "the explanation is repeated under the number's first card");

  // Esc clears the search while a filter has focus.
  await page.fill("#q", "future");
  await page.waitForTimeout(250);
  await page.focus("#state");
  await page.keyboard.press("Escape");
  await page.waitForTimeout(250);
  check((await page.inputValue("#q")) === "", "Esc in the state filter did not clear the search");

  // Print hides the controls, and a printout of a search says it is filtered.
  await page.fill("#q", "update date");
  await page.waitForTimeout(250);
  await page.emulateMedia({ media: "print" });
  const note = await page.$eval("#print-note", (e) => getComputedStyle(e).display !== "none" && e.textContent);
  check(note && note.includes("Filtered") && note.includes("update date"), `print of a search: note ${JSON.stringify(note)}`);
  await page.emulateMedia({ media: "screen" });
  await page.fill("#q", "");
  await page.waitForTimeout(250);

  // Print hides the controls.
  await page.emulateMedia({ media: "print" });
  check(await page.$eval("#controls", (e) => getComputedStyle(e).display === "none"), "print shows the search controls");
  await page.emulateMedia({ media: "screen" });

  // The screenshots, light and dark, with a search typed.
  await page.goto(pageURL);
  await page.fill("#q", "update date");
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(shotDir, "page.png") });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(pageURL + "#604004");
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(shotDir, "page-dark.png") });

  for (const u of requests) {
    if (u !== pageURL && !u.startsWith(pageURL + "#") && !u.startsWith("data:")) failures.push("network request: " + u);
  }
  failures.push(...errors);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(failures.join("\n"));
  process.exit(1);
}
console.log("ok: page checked in Chromium; screenshots in " + shotDir);
