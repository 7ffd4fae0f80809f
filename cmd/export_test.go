package cmd

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/export"
)

func TestExportCommand(t *testing.T) {
	d := export.Data{Entries: codes.Default().Entries(), Controllers: codes.Default().Controllers(), Revision: codes.Default().LatestRevision(), Version: "1.2.3"}
	for _, f := range export.Formats() {
		r := execute(t, "", false, nil, "export", "--format", f)
		want, err := export.Render(f, d, export.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if r.code != ExitOK || r.stderr != "" || r.stdout != string(want) {
			t.Errorf("export --format %s: exit %d, stderr %q, stdout equal to export.Render: %v", f, r.code, r.stderr, r.stdout == string(want))
		}
	}

	// -o writes the same bytes, atomically: no temporary file is left beside it.
	dir := t.TempDir()
	out := filepath.Join(dir, "codes.go")
	if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := execute(t, "", false, nil, "export", "-f", "go", "--package", "statuscodes", "-o", out)
	got, _ := os.ReadFile(out)
	if r.code != ExitOK || r.stdout != "" || !bytes.Contains(got, []byte("\npackage statuscodes\n")) {
		t.Errorf("-o: exit %d, stdout %q, file %.80q", r.code, r.stdout, got)
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Errorf("-o left %d files in the directory", len(es))
	}

	// SOURCE_DATE_EPOCH dates the file; without it there is no date.
	r = execute(t, "", false, map[string]string{"SOURCE_DATE_EPOCH": "1700000000"}, "export", "-f", "ts")
	if !strings.Contains(r.stdout, "Generated 2023-11-14T22:13:20Z.") {
		t.Errorf("SOURCE_DATE_EPOCH not written: %.300q", r.stdout)
	}

	for _, tc := range []struct {
		args      []string
		env       map[string]string
		msg, hint string
	}{
		{[]string{"export"}, nil, "mtapi: export needs --format", "html, ts, cs, go, json, csv, md, text"},
		{[]string{"export", "--format", "pdf"}, nil, `mtapi: unknown format "pdf"`, "formats: html, ts, cs, go, json, csv, md, text"},
		{[]string{"export", "-f", "go", "--package", "my-pkg"}, nil, "not a valid Go package name", "identifier"},
		{[]string{"export", "-f", "ts", "--package", "x"}, nil, "--package applies only to the go format", "--format go"},
		{[]string{"export", "-f", "md", "-o", filepath.Join(dir, "missing", "x.md")}, nil, "cannot write", "directory exists"},
		{[]string{"export", "-f", "md"}, map[string]string{"SOURCE_DATE_EPOCH": "yesterday"}, "invalid SOURCE_DATE_EPOCH", "seconds"},
	} {
		r := execute(t, "", false, tc.env, tc.args...)
		if r.code != ExitUsage || r.stdout != "" || !strings.Contains(r.stderr, tc.msg) || !strings.Contains(r.stderr, "hint: ") ||
			!strings.Contains(r.stderr, tc.hint) {
			t.Errorf("%v: exit %d, stdout %.40q, stderr %q", tc.args, r.code, r.stdout, r.stderr)
		}
	}
}
