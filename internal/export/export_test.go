package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
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
	return Data{Entries: codes.Entries(), Controllers: codes.Controllers(), Revision: codes.LatestRevision(), Version: "1.2.3"}
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
