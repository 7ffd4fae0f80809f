package export

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/export")

// goldenDir holds one golden file per format, named as a user would save it.
var goldenDir = filepath.Join("..", "..", "testdata", "export")

var goldenNames = map[string]string{
	"html": "mtapi-status-codes.html", "ts": "mtapiStatus.ts", "cs": "MtapiStatus.cs", "go": "mtapistatus.go.txt",
	"json": "mtapi-status-codes.json", "csv": "mtapi-status-codes.csv", "md": "mtapi-status-codes.md", "text": "mtapi-status-codes.txt",
}

// catalogue is the embedded catalogue with a fixed version, as the goldens pin it.
func catalogue() Data {
	return Data{Entries: codes.Default().Entries(), Controllers: codes.Default().Controllers(), Revision: codes.Default().LatestRevision(), Version: "1.2.3"}
}

func generate(t *testing.T, format string, d Data, o Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, format, d, o); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	for _, f := range Formats() {
		t.Run(f, func(t *testing.T) {
			got := generate(t, f, catalogue(), Options{})
			path := filepath.Join(goldenDir, goldenNames[f])
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run 'go test ./internal/export -update' to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s (run 'go test ./internal/export -update' if the change is intended)", f, path)
			}
			// Deterministic: a second run is byte-identical.
			if again := generate(t, f, catalogue(), Options{}); !bytes.Equal(got, again) {
				t.Errorf("%s: two runs differ", f)
			}
		})
	}
}

// TestPageSelfContained checks what the browser test cannot see from inside: the page's size, that
// the CSP hashes are those of the inline script and style, and that nothing points off the page.
func TestPageSelfContained(t *testing.T) {
	page := string(generate(t, "html", catalogue(), Options{}))
	if len(page) >= MaxPageSize {
		t.Errorf("page is %d bytes, over %d", len(page), MaxPageSize)
	}
	t.Logf("page: %d bytes", len(page))
	css, _ := pageFiles.ReadFile("page/page.css")
	js, _ := pageFiles.ReadFile("page/page.js")
	csp := "content=\"default-src 'none'; script-src '" + cspHash(string(js)) + "'; style-src '" + cspHash(string(css)) + "';"
	if !strings.Contains(page, csp) || !strings.Contains(page, "<style>"+string(css)+"</style>") ||
		!strings.Contains(page, "<script>"+string(js)+"</script>") {
		t.Error("the CSP hashes do not match the inline style and script")
	}
	if strings.Count(page, "<script") != 1 || strings.Count(page, "<style") != 1 || strings.Contains(page, " style=") {
		t.Error("inline code beyond the one hashed script and style")
	}
	for _, s := range []string{"http://", "https://", "src=", "url(", "@import", "//fonts"} {
		if strings.Contains(page, s) {
			t.Errorf("page contains %q", s)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, "pdf", catalogue(), Options{}); !errors.Is(err, ErrUnknownFormat) || b.Len() != 0 {
		t.Errorf("Write(pdf) = %v, wrote %d bytes", err, b.Len())
	}
	for pkg, ok := range map[string]bool{"mtapistatus": true, "statuscodes": true, "codes2": true, "my_codes": true,
		"a-b": false, "Foo": false, "mtapiStatus": false, "main": false, "_": false, "func": false, "type": false, "2x": false, "é": false} {
		if err := Check("go", Options{Package: pkg}); (err == nil) != ok || err != nil && !errors.Is(err, ErrBadPackage) {
			t.Errorf("Check(package %s) = %v", pkg, err)
		}
	}
}

// TestWriteFileAtomic replaces an existing file whole and leaves nothing beside it.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "codes.csv")
	if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	want := generate(t, "csv", catalogue(), Options{})
	if err := WriteFile(p, want); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	if !bytes.Equal(got, want) {
		t.Error("file content differs from Write's")
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Errorf("%d files left in the directory", len(es))
	}
	if err := WriteFile(filepath.Join(dir, "missing", "x.csv"), want); err == nil || !strings.Contains(err.Error(), "cannot create a file in") {
		t.Errorf("a missing directory: %v", err)
	}
	if err := WriteFile(dir, want); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("a directory: %v", err)
	}
}

// TestRenderRefusesWholly: a catalogue a format cannot hold is refused before anything is written, so
// that a caller can tell it from an output it cannot write.
func TestRenderRefusesWholly(t *testing.T) {
	bad := catalogue()
	bad.Entries = append([]codes.Entry{{Code: 1, Printed: 1, Name: "Two words", Message: "m", Controller: bad.Controllers[0], State: codes.Current}}, bad.Entries...)
	var b bytes.Buffer
	if err := Write(&b, "text", bad, Options{}); err == nil || b.Len() != 0 {
		t.Errorf("an entry that cannot be written as text: %v, wrote %d bytes", err, b.Len())
	}
	if out, err := Render("text", bad, Options{}); err == nil || out != nil {
		t.Errorf("Render: %v, %d bytes", err, len(out))
	}
}

// BenchmarkWrite measures each format over the embedded catalogue.
func BenchmarkWrite(b *testing.B) {
	d := catalogue()
	for _, f := range Formats() {
		b.Run(f, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := Write(&buf, f, d, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}
