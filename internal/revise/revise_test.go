package revise

import (
	"bytes"
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/page"
)

// Writing the embedded catalogue back gives its files byte for byte: the writer sorts and formats
// as the reference does.
func TestFilesReproduceTheEmbeddedCatalogue(t *testing.T) {
	files := fromCatalogue(codes.Embedded()).files()
	for name, got := range files {
		want, err := fs.ReadFile(codes.EmbeddedFS(), name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the embedded file", name)
		}
	}
	if len(files) != 4 {
		t.Errorf("%d files, want 4", len(files))
	}
}

// exportText writes the catalogue's current entries as the page text, in the form of
// `mtapi export --format text`: "<Label> (start-end)" headings ("<short name> Controller" for
// never-visible ones), then "Name = code" and the message on the next line.
func exportText(c *codes.Catalogue, placeholders, typoAsPrinted bool) string {
	var b strings.Builder
	for _, ctl := range c.Controllers() {
		label := ctl.Label
		if ctl.NameInferred {
			label = ctl.Name + " Controller"
		}
		fmt.Fprintf(&b, "%s (%d-%d)\n", label, ctl.Start, ctl.End)
		for _, e := range c.Entries() {
			if e.Controller != ctl || e.State == codes.Superseded || e.State == codes.Placeholder && !placeholders {
				continue
			}
			code := e.Code
			if typoAsPrinted {
				code = e.Printed
			}
			fmt.Fprintf(&b, "%s = %d\n", e.Name, code)
			if e.Message != "" {
				b.WriteString(e.Message + "\n")
			}
		}
	}
	return b.String()
}

func TestRoundTripOfExportedTextHasNoChanges(t *testing.T) {
	c := codes.Embedded()
	for _, variant := range []struct{ placeholders, typo bool }{{true, false}, {false, true}, {true, true}} {
		text := exportText(c, variant.placeholders, variant.typo)
		p, err := page.ParseText(strings.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		res, err := Import(c, p, "", "test")
		if err != nil {
			t.Fatal(err)
		}
		for _, ch := range res.Changes {
			t.Errorf("%+v: unexpected change %+v", variant, ch)
		}
		if len(res.Skipped) > 0 {
			t.Errorf("%+v: skipped %+v", variant, res.Skipped)
		}
	}
}
