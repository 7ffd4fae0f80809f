package cmd

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func fixture(name string) string { return filepath.Join("..", "testdata", "catalogue", name) }

// copyCatalogue writes the embedded files into a new directory, with edit applied to catalogue.tsv.
func copyCatalogue(t *testing.T, edit func(string) string) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"catalogue.tsv", "controllers.tsv", "revisions.tsv", "names.tsv"} {
		data, err := os.ReadFile(filepath.Join("..", "codes", name))
		if err != nil {
			t.Fatal(err)
		}
		if name == "catalogue.tsv" && edit != nil {
			data = []byte(edit(string(data)))
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestCatalogueImportGolden(t *testing.T) {
	for _, tt := range []struct {
		golden string
		tty    bool
		args   []string
	}{
		{"catalogue-import-r26.tsv", false, nil},
		{"catalogue-import-r26.json", false, []string{"--json"}},
		{"catalogue-import-r26.txt", true, nil},
	} {
		args := append([]string{"catalogue", "import", fixture("r26.txt")}, tt.args...)
		r := execute(t, "", tt.tty, map[string]string{"NO_COLOR": "1"}, args...)
		if r.code != 0 || r.stderr != "" {
			t.Fatalf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
		golden(t, tt.golden, r.stdout)
	}
}

// Each form of the page reports the same changes.
func TestCatalogueImportForms(t *testing.T) {
	want := execute(t, "", false, nil, "catalogue", "import", fixture("r26.txt")).stdout
	for _, name := range []string{"r26.storage.xhtml", "r26.export.html"} {
		r := execute(t, "", false, nil, "catalogue", "import", fixture(name))
		if r.code != 0 || r.stdout != want {
			t.Errorf("%s: exit %d, report\n%s\nwant\n%s", name, r.code, r.stdout, want)
		}
	}
	data, _ := os.ReadFile(fixture("r26.storage.xhtml"))
	if r := execute(t, string(data), false, nil, "catalogue", "import", "-"); r.stdout != want {
		t.Errorf("from stdin: %s", r.stdout)
	}
}

func TestCatalogueImportWriteAndUse(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cat")
	r := execute(t, "", false, nil, "catalogue", "import", fixture("r26.txt"), "--write", dir)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != "catalogue.tsv controllers.tsv names.tsv revisions.tsv" {
		t.Errorf("wrote %v", names)
	}
	before := map[string][]byte{}
	for _, n := range names {
		before[n], _ = os.ReadFile(filepath.Join(dir, n))
	}

	// The written catalogue is the one in use with --catalogue or MTAPI_CATALOGUE; the flag wins.
	broken := copyCatalogue(t, func(s string) string { return strings.Replace(s, "\n617020\t", "\n61702x\t", 1) })
	for _, run := range []run{
		execute(t, "", false, nil, "--catalogue", dir, "version", "--json"),
		execute(t, "", false, map[string]string{"MTAPI_CATALOGUE": dir}, "version", "--json"),
		execute(t, "", false, map[string]string{"MTAPI_CATALOGUE": broken}, "--catalogue", dir, "version", "--json"),
	} {
		var v struct {
			Catalogue struct {
				Source, Dir    string
				Entries        int
				NewestRevision string `json:"newest_revision"`
			}
		}
		if err := json.Unmarshal([]byte(run.stdout), &v); err != nil || run.code != 0 {
			t.Fatalf("version: exit %d, %v, %s", run.code, err, run.stderr)
		}
		if v.Catalogue.Source != "directory" || v.Catalogue.Dir != dir || v.Catalogue.Entries != 184 || v.Catalogue.NewestRevision != "r26" {
			t.Errorf("version reports %+v", v.Catalogue)
		}
	}
	if r := execute(t, "", false, map[string]string{"MTAPI_CATALOGUE": dir}, "version"); !strings.Contains(r.stdout, "catalogue: "+dir+", 184 entries, newest revision r26") {
		t.Errorf("version: %s", r.stdout)
	}
	if r := execute(t, "", false, map[string]string{"MTAPI_CATALOGUE": dir}, "catalogue", "check"); r.code != 0 || r.stdout != "" {
		t.Errorf("check of the written catalogue: exit %d, %s%s", r.code, r.stdout, r.stderr)
	}

	// Importing the same page again over it changes nothing, and --write rewrites the same bytes.
	r = execute(t, "", false, nil, "--catalogue", dir, "catalogue", "import", fixture("r26.export.html"), "--write", dir, "--json")
	if r.code != 0 || !strings.Contains(r.stdout, `"changes": []`) {
		t.Errorf("second import: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for n, data := range before {
		if now, _ := os.ReadFile(filepath.Join(dir, n)); !bytes.Equal(now, data) {
			t.Errorf("%s changed on the second import", n)
		}
	}
	entries, _ = os.ReadDir(dir)
	if len(entries) != 4 {
		t.Errorf("temporary files left behind: %d files", len(entries))
	}
}

func TestCatalogueImportRevisionLabel(t *testing.T) {
	r := execute(t, "", false, nil, "catalogue", "import", fixture("r26.txt"), "--revision", "v59", "--json")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "{\n  \"schema_version\": 1,\n  \"revision\": \"v59\",") {
		t.Errorf("exit %d: %s", r.code, r.stdout[:min(len(r.stdout), 80)])
	}
}

func TestBrokenCatalogueIsAUsageError(t *testing.T) {
	broken := copyCatalogue(t, func(s string) string { return strings.Replace(s, "\n617020\t", "\n61702x\t", 1) })
	for _, args := range [][]string{{"--catalogue", broken, "version"}, {"--catalogue", broken, "catalogue", "import", fixture("r26.txt")}} {
		r := execute(t, "", false, nil, args...)
		if r.code != ExitUsage || r.stdout != "" || !strings.HasPrefix(r.stderr, `mtapi: catalogue.tsv:92: code "61702x" is not an integer`) || !strings.Contains(r.stderr, "hint: 'mtapi catalogue check "+broken+"' lists every problem") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, r.code, r.stdout, r.stderr)
		}
	}
	r := execute(t, "", false, map[string]string{"MTAPI_CATALOGUE": filepath.Join(broken, "nope")}, "version")
	if r.code != ExitUsage || !strings.Contains(r.stderr, "no such file or directory") || !strings.Contains(r.stderr, "MTAPI_CATALOGUE names a directory") {
		t.Errorf("missing directory: exit %d, %q", r.code, r.stderr)
	}
}

func TestCatalogueCheck(t *testing.T) {
	if r := execute(t, "", true, map[string]string{"NO_COLOR": "1"}, "catalogue", "check"); r.code != 0 || r.stdout != "✓ embedded: valid, 173 entries, newest revision r25\n" {
		t.Errorf("embedded: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	broken := copyCatalogue(t, func(s string) string {
		s = strings.Replace(s, "\n617020\t", "\n61702x\t", 1)
		return strings.Replace(s, "\tcurrent\tr02\tr02", "\tcurent\tr02\tr02", 1)
	})
	r := execute(t, "", false, nil, "catalogue", "check", broken)
	want := "catalogue.tsv\t4\t100\tstate \"curent\" is not one of current, duplicate, placeholder, superseded, typo\ncatalogue.tsv\t92\t1\tcode \"61702x\" is not an integer\n"
	if r.code != ExitUsage || r.stdout != want || !strings.HasPrefix(r.stderr, "mtapi: catalogue "+broken+": 2 problems\n") {
		t.Errorf("exit %d\n%s\nstderr %s", r.code, r.stdout, r.stderr)
	}
	r = execute(t, "", true, map[string]string{"NO_COLOR": "1"}, "catalogue", "check", broken)
	if !strings.Contains(r.stdout, "✗ catalogue.tsv:92:1: code \"61702x\" is not an integer\n") {
		t.Errorf("terminal form: %s", r.stdout)
	}
	if r := execute(t, "", false, nil, "catalogue", "check", filepath.Join(broken, "catalogue.tsv")); r.code != ExitUsage || !strings.Contains(r.stderr, "not a directory") {
		t.Errorf("a file: exit %d, %s", r.code, r.stderr)
	}
}
