package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func completions(t *testing.T, args ...string) []string {
	t.Helper()
	r := execute(t, "", false, nil, append([]string{"__complete"}, args...)...)
	if r.code != 0 {
		t.Fatalf("__complete %q: exit %d: %s", args, r.code, r.stderr)
	}
	var out []string
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		if !strings.HasPrefix(l, ":") {
			out = append(out, l)
		}
	}
	return out
}

func TestCompleteDecode(t *testing.T) {
	got := completions(t, "decode", "6170")
	if len(got) != 29 || !strings.HasPrefix(got[0], "617001\tRetrievingServiceRequestFailed — Retrieving service request has failed.") {
		t.Fatalf("6170: %d candidates, first %q", len(got), got[0])
	}
	for i := 1; i < len(got); i++ {
		if got[i-1] >= got[i] {
			t.Errorf("numbers out of order: %q before %q", got[i-1], got[i])
		}
	}
	// Names come back as printed, whatever the case typed: the scripts match ignoring case.
	names := completions(t, "decode", "updatedate")
	if len(names) != 4 || !strings.HasPrefix(names[0], "UpdateDateCannotBeInFuture\t617020 — ") {
		t.Errorf("updatedate: %q", names)
	}
	for _, n := range names {
		if !strings.HasPrefix(n, "UpdateDate") {
			t.Errorf("updatedate: candidate %q is not the name as printed", n)
		}
	}
	if got := completions(t, "decode", "upd"); len(got) < 1 || !strings.HasPrefix(got[0], "Updat") {
		t.Errorf("upd: %q", got)
	}
	if got := completions(t, "decode", "update_date_c"); len(got) != 1 || !strings.HasPrefix(got[0], "update_date_cannotBeInFuture\t") {
		t.Errorf("update_date_c: %q", got)
	}
	if got := completions(t, "decode", "ARTIFACT_NOT"); len(got) < 1 || !strings.Contains(got[0], "(superseded)") {
		t.Errorf("superseded names are not marked: %q", got)
	}
	if got := completions(t, "decode", "InvalidReturnU"); len(got) < 1 || strings.Contains(got[0], "superseded") || !strings.Contains(got[0], "618010") {
		t.Errorf("a name current elsewhere is described by its current entry: %q", got)
	}
	// The shorthand completes codes too.
	if got := completions(t, "6170"); len(got) != 29 || !strings.HasPrefix(got[0], "617001\t") {
		t.Errorf("mtapi 6170: %d candidates: %q", len(got), got)
	}
	// Prefix matches come before substring matches.
	sub := completions(t, "decode", "ServiceRequestNotFound")
	if len(sub) < 1 || !strings.HasPrefix(sub[0], "ServiceRequestNotFound\t4041001") {
		t.Errorf("ServiceRequestNotFound: %q", sub)
	}
	if got := completions(t, "decode", "617020,9010"); len(got) != 9 || !strings.HasPrefix(got[0], "617020,901000\t") {
		t.Errorf("comma list: %q", got)
	}
	if got := completions(t, "decode", ""); len(got) != maxCompletions {
		t.Errorf("empty word: %d candidates, want the cap %d", len(got), maxCompletions)
	}
	r := execute(t, "", false, nil, "__complete", "decode", "6170")
	if !strings.Contains(r.stdout, ":36") { // NoFileComp | KeepOrder
		t.Errorf("directive: %q", r.stdout)
	}
}

func TestCompleteFlagsAndRanges(t *testing.T) {
	if got := completions(t, "--color", ""); strings.Join(got, " ") != "auto always never" {
		t.Errorf("--color: %q", got)
	}
	if got := completions(t, "search", "--controller", "Serv"); len(got) != 4 {
		t.Errorf("--controller Serv: %q", got)
	}
	// Controllers come back as printed, space and all; the shells quote them.
	for _, args := range [][]string{{"search", "--controller", "not"}, {"ranges", "not "}, {"search", "-c", "NOT"}} {
		if got := completions(t, args...); !contains(got, "Not Found\t4040000–4049999") {
			t.Errorf("%q: %q", args, got)
		}
	}
	if got := completions(t, "search", "--state", ""); len(got) != 6 {
		t.Errorf("--state: %q", got)
	}
	if got := completions(t, "ranges", "No"); len(got) != 2 || !strings.HasPrefix(got[0], "Notices\t612000–612999") {
		t.Errorf("ranges No: %q", got)
	}
	if got := completions(t, "ranges", "no"); len(got) != 2 || !strings.HasPrefix(got[0], "Notices\t612000–612999") {
		t.Errorf("ranges no: %q", got)
	}
	r := execute(t, "", false, nil, "__complete", "headers", "")
	if !strings.Contains(r.stdout, ":0") { // default: files
		t.Errorf("headers should complete files: %q", r.stdout)
	}
}

// TestCompleteStateList: --state takes a comma list; after a comma the next value completes,
// without the ones already given.
func TestCompleteStateList(t *testing.T) {
	got := completions(t, "search", "--state", "current,")
	want := []string{"current,duplicate", "current,placeholder", "current,superseded", "current,typo"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("--state current,<Tab> = %q, want %q", got, want)
	}
	if got := completions(t, "search", "--state", "current,sup"); len(got) != 1 || got[0] != "current,superseded" {
		t.Errorf("--state current,sup<Tab> = %q", got)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// TestCompletionScriptsAreCommitted: `mtapi completion SHELL` prints the script committed in
// completions/, which matches names ignoring case.
func TestCompletionScriptsAreCommitted(t *testing.T) {
	for shell, file := range map[string]string{"bash": "mtapi.bash", "zsh": "mtapi.zsh", "fish": "mtapi.fish", "powershell": "mtapi.ps1"} {
		r := execute(t, "", false, nil, "completion", shell)
		want, err := os.ReadFile(filepath.Join("..", "completions", file))
		if err != nil {
			t.Fatal(err)
		}
		if r.code != 0 || r.stdout != string(want) {
			t.Errorf("mtapi completion %s (exit %d) differs from completions/%s", shell, r.code, file)
		}
		if shell != "fish" && shell != "powershell" && !strings.Contains(r.stdout, "mtapi: ignore case") {
			t.Errorf("mtapi completion %s matches case-sensitively", shell)
		}
	}
	r := execute(t, "", false, nil, "completion", "bash", "--no-descriptions")
	if r.code != 0 || !strings.Contains(r.stdout, "mtapi: ignore case") || !strings.Contains(r.stdout, "__start_mtapi") {
		t.Errorf("completion bash --no-descriptions: exit %d", r.code)
	}
}
