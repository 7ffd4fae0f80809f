package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the committed completions and man pages")

// The committed completion scripts and man pages must match the command tree.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	if *update {
		if err := Generate(root, ""); err != nil {
			t.Fatal(err)
		}
	}
	files, err := Files("")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(root, name))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is stale; run 'go generate ./...' (or go test ./internal/tools/gendocs -update)", name)
		}
	}
	// Nothing generated may linger after a command is removed.
	for _, dir := range []string{"completions", "man"} {
		ents, err := os.ReadDir(filepath.Join(root, dir))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			if _, ok := files[dir+"/"+e.Name()]; !ok {
				t.Errorf("%s/%s is not generated any more; delete it", dir, e.Name())
			}
		}
	}
	var names []string
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	t.Logf("%d generated files: %v", len(names), names)
}

func TestManPagesAreReproducible(t *testing.T) {
	a, err := Files("")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Files("")
	if err != nil {
		t.Fatal(err)
	}
	for name := range a {
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
	dated, err := Files("1764072000")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(dated["man/mtapi.1"], []byte("Nov 2025")) {
		t.Errorf("SOURCE_DATE_EPOCH did not date the man page")
	}
	if bytes.Contains(a["man/mtapi.1"], []byte("0001")) {
		t.Errorf("undated man page carries a placeholder year")
	}
	if _, err := Files("soon"); err == nil {
		t.Error("an invalid SOURCE_DATE_EPOCH was accepted")
	}
}

// mtapi(1) is a reference: exit status, environment, JSON output, the shorthand, and each page's
// synopsis with its arguments.
func TestManPagesAreReference(t *testing.T) {
	files, err := Files("")
	if err != nil {
		t.Fatal(err)
	}
	root := string(files["man/mtapi.1"])
	for _, want := range []string{".SH EXIT STATUS", ".SH ENVIRONMENT", "NO_COLOR", "CLICOLOR_FORCE", "COLUMNS", ".SH JSON OUTPUT", "mtapi 617020"} {
		if !strings.Contains(root, want) {
			t.Errorf("mtapi.1 lacks %q", want)
		}
	}
	if got := string(files["man/mtapi-decode.1"]); !strings.Contains(got, `\fBmtapi decode\fP <code|name|\->...`) {
		t.Errorf("mtapi-decode.1's synopsis lacks the arguments:\n%s", got[:min(len(got), 400)])
	}
	if got := string(files["man/mtapi-search.1"]); strings.Contains(got, "=-1") || strings.Contains(got, "default -1") {
		t.Errorf("mtapi-search.1 shows --limit's internal default -1")
	}
}

// Nothing in a man page runs past an 80-column terminal: groff fills paragraphs and tagged lists, but
// not literal lines (.EX, .nf), which man indents by 7 columns. Flags show their value's placeholder.
func TestManPagesFitEightyColumns(t *testing.T) {
	files, err := Files("")
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range files {
		if !strings.HasPrefix(name, "man/") {
			continue
		}
		literal := false
		for i, l := range strings.Split(string(b), "\n") {
			switch l {
			case ".EX", ".nf":
				literal = true
			case ".EE", ".fi":
				literal = false
			default:
				if literal && 7+len([]rune(strings.ReplaceAll(l, `\-`, "-"))) > 80 {
					t.Errorf("%s:%d: a literal line wider than 80 columns on the page: %q", name, i+1, l)
				}
			}
		}
	}
	root := string(files["man/mtapi.1"])
	for _, want := range []string{`\fB\-\-catalogue\fP \fIDIR\fP`, `\fB\-\-color\fP \fIWHEN\fP`, `\fBmtapi\fP \fIcommand\fP`} {
		if !strings.Contains(root, want) {
			t.Errorf("mtapi.1 lacks %q", want)
		}
	}
	if got := string(files["man/mtapi-search.1"]); !strings.Contains(got, `\fB\-n\fP, \fB\-\-limit\fP \fIN\fP`) {
		t.Errorf("mtapi-search.1 lacks --limit N")
	}
}

// The Homebrew cask installs the man pages it names one by one: every generated page must be named
// there, or a new command ships without its page on macOS.
func TestCaskNamesEveryManPage(t *testing.T) {
	root := filepath.Join("..", "..", "..")
	cfg, err := os.ReadFile(filepath.Join(root, ".goreleaser.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	files, err := Files("")
	if err != nil {
		t.Fatal(err)
	}
	for name := range files {
		if strings.HasPrefix(name, "man/") && !strings.Contains(string(cfg), "- "+name+"\n") {
			t.Errorf(".goreleaser.yaml's homebrew_casks manpages lack %s", name)
		}
	}
}
