package export

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/search"
)

// need returns the path of a tool a test runs, skipping the test when it is missing, except under
// CI=true, where a missing tool fails it: CI must prove the output in the real tools.
func need(t *testing.T, what, path string) string {
	t.Helper()
	if filepath.IsAbs(path) {
		if _, err := os.Stat(path); err == nil {
			return path
		}
	} else if p, err := exec.LookPath(path); err == nil {
		return p
	}
	msg := what + " is not installed (" + path + "); .ci/run installs it"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// browserDir holds the node packages (playwright-core, typescript) pinned by its lockfile; .ci/run
// runs npm ci there.
var browserDir = filepath.Join(goldenDir, "browser")

func needNodeModule(t *testing.T, rel string) string {
	t.Helper()
	need(t, "node", "node")
	p, _ := filepath.Abs(filepath.Join(browserDir, "node_modules", rel))
	return need(t, "the npm packages of testdata/export/browser (npm ci)", p)
}

func writeTemp(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func run(t *testing.T, dir string, env []string, name string, args ...string) string {
	t.Helper()
	c := exec.Command(name, args...)
	c.Dir = dir
	c.Env = append(os.Environ(), env...)
	out, err := c.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// TestBrowser opens the page in Chromium from file:// and checks it as a person uses it (see
// testdata/export/browser/check-page.mjs). With -update it refreshes the README's screenshots.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	need(t, "Chromium", chromium)
	needNodeModule(t, "playwright-core/package.json")
	dir := t.TempDir()
	page := writeTemp(t, dir, "mtapi-status-codes.html", generate(t, "html", catalogue(), Options{}))
	shots := dir
	if *update {
		shots, _ = filepath.Abs(goldenDir)
	}
	// The page must rank as mtapi search does: the expected order of each query comes from
	// internal/search.
	ids := entryIDs(catalogue().Entries)
	idOf := map[string]string{}
	for i, e := range catalogue().Entries {
		idOf[strconv.Itoa(e.Code)+" "+e.Name] = ids[i]
	}
	want := map[string][]string{}
	for _, q := range []string{"updatedatefut", "UpdDateFut", "future", "update date", "6170", "617xxx", "InvalidUserId",
		"artifact failed", "notices", "retrieving user", "virus", "invalid_return_url", "4041"} {
		got := []string{}
		for _, m := range search.Search(codes.Default(), q, search.Options{}) {
			got = append(got, idOf[strconv.Itoa(m.Entry.Code)+" "+m.Entry.Name])
		}
		want[q] = got
	}
	js, _ := json.Marshal(want)
	rankings := writeTemp(t, dir, "rankings.json", js)
	script, _ := filepath.Abs(filepath.Join(browserDir, "check-page.mjs"))
	// The table of pastes the CLI's tests run drives the page's search box too.
	pastes, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "pastes.json"))
	out := run(t, browserDir, []string{"CHROMIUM=" + chromium, "RANKINGS=" + rankings, "PASTES=" + pastes}, "node", script, page, shots)
	t.Log(strings.TrimSpace(out))
	for _, png := range []string{"page.png", "page-dark.png"} {
		if st, err := os.Stat(filepath.Join(shots, png)); err != nil || st.Size() < 10000 {
			t.Errorf("screenshot %s missing or empty: %v", png, err)
		}
	}
}

// TestTypeScript type-checks the ts output and a portal's use of it with tsc --strict.
func TestTypeScript(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a compiler")
	}
	tsc := needNodeModule(t, "typescript/bin/tsc")
	dir := t.TempDir()
	writeTemp(t, dir, "mtapiStatus.ts", generate(t, "ts", catalogue(), Options{}))
	writeTemp(t, dir, "use.ts", []byte(`import { MtapiStatus, MtapiStatusCode, mtapiStatuses, mtapiStatusEntries, mtapiStatusEntriesByCode, describe } from "./mtapiStatus";

const code: MtapiStatusCode = MtapiStatus.UpdateDateCannotBeInFuture;
const n: 617020 = MtapiStatus.UpdateDateCannotBeInFuture;
const info = mtapiStatuses.get(code);
const message: string | undefined = info?.message;
const both: readonly string[] = (mtapiStatusEntriesByCode.get(604004) ?? []).map((e) => e.name);
const alias: 620000 = MtapiStatus.InvalidUserId_620000;
const line: string = describe(617020) + describe(62000) + describe(-1) + describe(404) + describe(4041012) + message + both.join() + n + alias;
export const all: number = mtapiStatusEntries.length + line.length;
`))
	writeTemp(t, dir, "awkward.ts", generate(t, "ts", awkward(), Options{}))
	// As a portal's build would (a modern target), and bare, as someone checking the file would.
	run(t, dir, nil, "node", tsc, "--strict", "--noEmit", "--target", "es2020", "--module", "commonjs", "--lib", "es2020,dom",
		"mtapiStatus.ts", "use.ts", "awkward.ts")
	run(t, dir, nil, "node", tsc, "--strict", "--noEmit", "mtapiStatus.ts")
	// Run it: every entry is reachable by its member and by its code.
	run(t, dir, nil, "node", tsc, "--strict", "--target", "es2020", "--module", "commonjs", "--outDir", "js", "mtapiStatus.ts")
	out := run(t, dir, nil, "node", "-e", `const m = require("./js/mtapiStatus.js");
let bad = 0;
for (const e of m.mtapiStatusEntries) {
  if (m.MtapiStatus[e.member] !== e.code || !m.mtapiStatusEntriesByCode.get(e.code).includes(e)) { console.log("unreachable", e.code, e.name); bad++; }
}
console.log(m.mtapiStatusEntries.length + " entries; " + m.describe(617020));
process.exit(bad);`)
	if want := fmt.Sprintf("%d entries; 617020 UpdateDateCannotBeInFuture: Update date cannot be in future. [Service Requests]\n", len(catalogue().Entries)); out != want {
		t.Errorf("node: %q, want %q", out, want)
	}
	// And under the strictest settings a portal may use.
	run(t, dir, nil, "node", tsc, "--strict", "--noEmit", "--noUncheckedIndexedAccess", "--exactOptionalPropertyTypes",
		"--noImplicitReturns", "--noUnusedLocals", "--noUnusedParameters", "--noPropertyAccessFromIndexSignature",
		"--isolatedModules", "--target", "es2022", "--module", "es2022", "mtapiStatus.ts")
}

// TestCSharp compiles the cs output with Mono's C# compiler, as a library and with a program that
// uses it.
func TestCSharp(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a compiler")
	}
	mcs := need(t, "mono-mcs", "mcs")
	dir := t.TempDir()
	writeTemp(t, dir, "MtapiStatus.cs", generate(t, "cs", catalogue(), Options{}))
	run(t, dir, nil, mcs, "-target:library", "-warn:4", "-warnaserror+", "-doc:Mtapi.xml", "-out:Mtapi.dll", "MtapiStatus.cs")
	writeTemp(t, dir, "Use.cs", []byte(`using Mtapi;
public static class Use {
    public static string Run() {
        MtapiStatus s = MtapiStatus.UpdateDateCannotBeInFuture;
        return (int)s + " " + MtapiStatusCatalogue.Message((int)s) + MtapiStatusCatalogue.Info(MtapiStatus.InvalidUserId_620000).Name
            + MtapiStatusCatalogue.Lookup(604004).Count + MtapiStatusCatalogue.Info("RetrievingArtifactFailed").Code;
    }
}
`))
	run(t, dir, nil, mcs, "-target:library", "-warnaserror+", "-r:Mtapi.dll", "-out:Use.dll", "Use.cs")
	// Run it (mcs itself runs on mono): every entry is reachable by its member and its code.
	writeTemp(t, dir, "Reach.cs", []byte(`using System;
using Mtapi;
public static class Reach {
    public static int Main() {
        int bad = 0;
        foreach (MtapiStatusInfo e in MtapiStatusCatalogue.Entries) {
            MtapiStatus s = e.IsAlias ? (MtapiStatus)typeof(MtapiStatusAlias).GetField(e.Member).GetValue(null)
                : (MtapiStatus)Enum.Parse(typeof(MtapiStatus), e.Member);
            if ((int)s != e.Code || MtapiStatusCatalogue.Info(e.Member) != e || !MtapiStatusCatalogue.Lookup(e.Code).Contains(e)
                || !MtapiStatusCatalogue.LookupName(e.Name).Contains(e)) {
                Console.WriteLine("unreachable: " + e.Code + " " + e.Name);
                bad++;
            }
        }
        Console.WriteLine(MtapiStatusCatalogue.Entries.Count + " entries; " + MtapiStatusCatalogue.Message(617020));
        return bad;
    }
}
`))
	run(t, dir, nil, mcs, "-r:Mtapi.dll", "-out:Reach.exe", "Reach.cs")
	if out := run(t, dir, nil, need(t, "mono", "mono"), "Reach.exe"); out != fmt.Sprintf("%d entries; Update date cannot be in future.\n", len(catalogue().Entries)) {
		t.Errorf("Reach.exe: %q", out)
	}
	// A portal that parses the header into MtapiStatus and logs it: the number's trusted entry and
	// name, never a superseded or second name that shares its value.
	writeTemp(t, dir, "Consumer.cs", []byte(`using System;
using Mtapi;
public static class Consumer {
    static int bad = 0;
    static void Want(string what, object got, object want) {
        if (!object.Equals(got, want)) { Console.WriteLine(what + ": " + got + ", want " + want); bad++; }
    }
    public static int Main() {
        MtapiStatusInfo i = MtapiStatusCatalogue.Info(MtapiStatus.UserActivationFailed);
        Want("Info(UserActivationFailed).Name", i.Name, "UserActivationFailed");
        Want("Info(UserActivationFailed).State", i.State, "current");
        Want("Info(UserActivationFailed).Message", i.Message, "User activation failed.");
        Want("ToString of 601001", ((MtapiStatus)601001).ToString(), "UserActivationFailed");
        Want("Info(AddServiceRequestFailed)", MtapiStatusCatalogue.Info(MtapiStatus.AddServiceRequestFailed).Name, "AddServiceRequestFailed");
        Want("Info(CreatingArtifactFailed)", MtapiStatusCatalogue.Info(MtapiStatus.CreatingArtifactFailed).Name, "CreatingArtifactFailed");
        Want("alias value", (int)MtapiStatusAlias.RetrievingArtifactFailed, 604004);
        Want("Info(\"RetrievingArtifactFailed\")", MtapiStatusCatalogue.Info("RetrievingArtifactFailed").Name, "RetrievingArtifactFailed");
        Want("LookupName(InvalidUserId)[0]", MtapiStatusCatalogue.LookupName("InvalidUserId")[0].Code, 601010);
        Want("LookupName(InvalidUserId).Count", MtapiStatusCatalogue.LookupName("InvalidUserId").Count, 3);
        Want("LookupName(nope).Count", MtapiStatusCatalogue.LookupName("nope").Count, 0);
        // Every number: the enum names it once, and Info gives its first entry.
        foreach (MtapiStatusInfo e in MtapiStatusCatalogue.Entries) {
            MtapiStatusInfo first = MtapiStatusCatalogue.Lookup(e.Code)[0];
            Want("Info((MtapiStatus)" + e.Code + ")", MtapiStatusCatalogue.Info((MtapiStatus)e.Code), first);
            Want("Enum.GetName(" + e.Code + ")", Enum.GetName(typeof(MtapiStatus), e.Code), first.Member);
            Want("first of " + e.Code + " is an enum member", first.IsAlias, false);
        }
        Console.WriteLine(bad == 0 ? "ok" : bad + " wrong");
        return bad;
    }
}
`))
	run(t, dir, nil, mcs, "-r:Mtapi.dll", "-out:Consumer.exe", "Consumer.cs")
	if out := run(t, dir, nil, need(t, "mono", "mono"), "Consumer.exe"); out != "ok\n" {
		t.Errorf("Consumer.exe: %q", out)
	}
	writeTemp(t, dir, "Awkward.cs", generate(t, "cs", awkward(), Options{}))
	run(t, dir, nil, mcs, "-target:library", "-warnaserror+", "-nowarn:618", "-out:Awkward.dll", "Awkward.cs")
}

// TestGoSource builds and vets the go output, with the default and a chosen package name.
func TestGoSource(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a compiler")
	}
	goTool := need(t, "go", "go")
	for _, pkg := range []string{"", "statuscodes"} {
		dir := t.TempDir()
		name := pkg
		if name == "" {
			name = DefaultPackage
		}
		writeTemp(t, dir, "go.mod", []byte("module example.com/"+name+"\n\ngo 1.21\n"))
		src := generate(t, "go", catalogue(), Options{Package: pkg})
		if !strings.Contains(string(src), "\npackage "+name+"\n") {
			t.Errorf("package clause is not %s", name)
		}
		writeTemp(t, dir, name+".go", src)
		writeTemp(t, dir, name+"_test.go", []byte(`package `+name+`

import "testing"

func TestUse(t *testing.T) {
	if UpdateDateCannotBeInFuture != 617020 || UpdateDateCannotBeInFuture.String() != "617020 UpdateDateCannotBeInFuture" {
		t.Fatal(UpdateDateCannotBeInFuture.String())
	}
	if len(Lookup(604004)) != 2 || Lookup(601006) != nil || InvalidUserId_620000 != 620000 {
		t.Fatal("lookup")
	}
	for _, e := range Entries {
		if m, ok := ByMember(e.Member); !ok || m != e {
			t.Fatalf("%s is not reachable by its member", e.Member)
		}
	}
}
`))
		env := []string{"GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "GOWORK=off"}
		run(t, dir, env, goTool, "vet", "./...")
		run(t, dir, env, goTool, "test", "./...")
		if out := run(t, dir, env, "gofmt", "-l", "."); out != "" {
			t.Errorf("gofmt would change %s", out)
		}
	}
	dir := t.TempDir()
	writeTemp(t, dir, "go.mod", []byte("module example.com/awkward\n\ngo 1.21\n"))
	writeTemp(t, dir, "awkward.go", generate(t, "go", awkward(), Options{Package: "awkward"}))
	run(t, dir, []string{"GOFLAGS=-mod=mod", "GOTOOLCHAIN=local", "GOWORK=off"}, goTool, "vet", "./...")
}
