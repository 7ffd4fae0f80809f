package revise_test

// The round trip against the real exporter lives in the external test package: export imports
// render, which imports revise.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/export"
	"github.com/mtapi-cli/mtapi/internal/page"
	"github.com/mtapi-cli/mtapi/internal/revise"
)

func parseR26(t *testing.T) *page.Page {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "catalogue", "r26.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := page.ParseWith(f, page.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// exported is the catalogue as `mtapi export --format text` writes it.
func exported(t *testing.T, c *codes.Catalogue) string {
	t.Helper()
	d := export.Data{Entries: c.Entries(), Controllers: c.Controllers(), Revision: c.LatestRevision(), Version: "test"}
	out, err := export.Render("text", d, export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestRoundTripWithTheExporter is the strongest check that the page parser and the text writer
// agree: the real exporter's text, imported over the catalogue it came from, changes nothing. It
// holds for the embedded catalogue and for one written by an import of a new revision.
func TestRoundTripWithTheExporter(t *testing.T) {
	written := t.TempDir()
	res, err := revise.Import(codes.Default(), parseR26(t), "r26", "test")
	if err != nil {
		t.Fatal(err)
	}
	if err := revise.Write(written, res.Files); err != nil {
		t.Fatal(err)
	}
	r26, err := codes.Load(os.DirFS(written))
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]*codes.Catalogue{"embedded": codes.Default(), "written r26": r26} {
		p, err := page.ParseWith(strings.NewReader(exported(t, c)), page.Options{})
		if err != nil {
			t.Fatal(err)
		}
		res, err := revise.Import(c, p, "", "test")
		if err != nil {
			t.Fatal(err)
		}
		for _, ch := range res.Changes {
			t.Errorf("%s: the exported text imports with a change: %+v", name, ch)
		}
		if len(res.Skipped) > 0 {
			t.Errorf("%s: skipped %+v", name, res.Skipped)
		}
	}
}
