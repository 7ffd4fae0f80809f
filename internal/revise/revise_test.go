package revise

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/page"
)

// Writing the embedded catalogue back gives its files byte for byte: the writer sorts and formats
// as the reference does.
func TestFilesReproduceTheEmbeddedCatalogue(t *testing.T) {
	files := fromCatalogue(codes.Default()).files()
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
// `mtapi export --format text`: "<Label> (start-end)" headings (the label says so for never-visible
// ones), then "Name = code" and the message on the next line, placeholders last after the note.
func exportText(c *codes.Catalogue, placeholders, typoAsPrinted bool) string {
	var b strings.Builder
	for _, ctl := range c.Controllers() {
		label := ctl.Label
		fmt.Fprintf(&b, "%s (%d-%d)\n", label, ctl.Start, ctl.End)
		// Placeholders come last, after the note, as the page lists them.
		for _, ph := range []bool{false, true} {
			note := ph
			for _, e := range c.Entries() {
				if e.Controller != ctl || e.State == codes.Superseded || (e.State == codes.Placeholder) != ph || ph && !placeholders {
					continue
				}
				if note {
					b.WriteString("Note: Not implemented yet.\n")
					note = false
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
	}
	return b.String()
}

func TestRoundTripOfExportedTextHasNoChanges(t *testing.T) {
	c := codes.Default()
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

func parseFile(t *testing.T, name string) *page.Page {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "catalogue", name))
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

// The hand-built r26 page (testdata/catalogue/make-fixtures.py lists its edits), in each form.
var r26Changes = []Change{
	{Change: Removed, Code: 601015, Name: "SetEnrollmentKeyFailed"},
	{Change: Renamed, Code: 601016, Name: "GetAppliedUserPermissionsFailed", Old: "GetAppliedPermissionsFailed", New: "GetAppliedUserPermissionsFailed"},
	{Change: Added, Code: 601017, Name: "GetAppliedUserFailed"},
	{Change: Controller, Code: 602000, Name: "Countries Controller", Old: "(heading not visible: 602xxx) (602000-602999)", New: "Countries Controller (602000-602999)"},
	{Change: Added, Code: 608001, Name: "InvalidInvoiceId"},
	{Change: Controller, Code: 611000, Name: "Organizations Controller", Old: "(heading not visible: 611xxx) (611000-611999)", New: "Organizations Controller (611000-611999)"},
	{Change: Added, Code: 612016, Name: "NoticeTypeNotFound"},
	{Change: Added, Code: 612016, Name: "NoticeTypeInvalid"},
	{Change: Duplicate, Code: 612016, Name: "NoticeTypeNotFound, NoticeTypeInvalid"},
	{Change: Controller, Code: 617000, Name: "Service Requests Controller", Old: "(heading not visible: 617xxx) (617000-617999)", New: "Service Requests Controller (617000-617999)"},
	{Change: Message, Code: 618010, Name: "InvalidReturnUrl", Old: "Return url Failed", New: "Return url is not valid"},
	{Change: Renumbered, Code: 618022, Name: "RetrievingServiceCatalogFailed", Old: "618021", New: "618022"},
	{Change: Added, Code: 620019, Name: "RetrievingPermissionsByUserServiceFailed"},
	{Change: Controller, Code: 623000, Name: "Reports Controller", New: "Reports Controller (623000-623999)"},
	{Change: Added, Code: 623001, Name: "GetReportFailed"},
	{Change: Added, Code: 623002, Name: "ExportReportFailed"},
	{Change: Message, Code: 901002, Name: "ArgumentError", Old: "Operation you tried to perform came across argument related error - such as missing argument or invalid value", New: "Operation you tried to perform came across an argument related error"},
	{Change: Added, Code: 901009, Name: "InvalidPostalCode"},
	{Change: Added, Code: 4041015, Name: "FormNotFound"},
}

func TestImportR26InEveryForm(t *testing.T) {
	var first map[string][]byte
	for _, name := range []string{"r26.txt", "r26.storage.xhtml", "r26.export.html"} {
		t.Run(name, func(t *testing.T) {
			res, err := Import(codes.Default(), parseFile(t, name), "", "hand-built r26 page")
			if err != nil {
				t.Fatal(err)
			}
			if res.Revision != "r26" {
				t.Errorf("revision %q, want r26", res.Revision)
			}
			if !slices.Equal(res.Changes, r26Changes) {
				for _, c := range res.Changes {
					t.Logf("got %+v", c)
				}
				t.Fatalf("changes differ from the page's edits")
			}
			// Every form of the page writes the same catalogue.
			if first == nil {
				first = res.Files
			} else if !maps.EqualFunc(first, res.Files, bytes.Equal) {
				t.Errorf("%s writes other files than r26.txt", name)
			}
			c, err := codes.Load(mapFS(res.Files))
			if err != nil {
				t.Fatal(err)
			}
			checkR26(t, c)
			// Importing the same page again changes nothing, and rewrites the same bytes.
			again, err := Import(c, parseFile(t, name), "", "hand-built r26 page")
			if err != nil {
				t.Fatal(err)
			}
			if len(again.Changes) != 0 {
				t.Errorf("second import: %+v", again.Changes)
			}
			if !maps.EqualFunc(again.Files, res.Files, bytes.Equal) {
				t.Errorf("second import rewrote the files")
			}
		})
	}
}

func checkR26(t *testing.T, c *codes.Catalogue) {
	t.Helper()
	if c.LatestRevision() != "r26" || len(c.Revisions()) != 28 {
		t.Errorf("revisions: newest %s, %d rows", c.LatestRevision(), len(c.Revisions()))
	}
	want := map[int]string{
		618022: "RetrievingServiceCatalogFailed current", 618021: "RetrievingServiceCatalogFailed superseded",
		601016: "GetAppliedUserPermissionsFailed current, GetAppliedPermissionsFailed superseded",
		601015: "SetEnrollmentKeyFailed superseded", 601017: "GetAppliedUserFailed current",
		612016: "NoticeTypeInvalid duplicate, NoticeTypeNotFound duplicate",
		608001: "InvalidInvoiceId placeholder", 623001: "GetReportFailed current", 4041015: "FormNotFound current",
		620004: "RetrievingUsersFailed typo", 604004: "CreatingArtifactFailed duplicate, RetrievingArtifactFailed duplicate",
	}
	for code, w := range want {
		var got []string
		for _, e := range c.Lookup(code).Entries {
			got = append(got, e.Name+" "+string(e.State))
		}
		if g := strings.Join(got, ", "); g != w {
			t.Errorf("%d: %s, want %s", code, g, w)
		}
	}
	e := c.Lookup(618010).Entries[0]
	if e.Message != "Return url is not valid" || e.LastRevision != "r26" || !strings.Contains(e.Note, `Message until seed: "Return url Failed".`) {
		t.Errorf("618010: %q, last %s, note %q", e.Message, e.LastRevision, e.Note)
	}
	old := c.Lookup(618021).Entries[0]
	if old.Note[:len("superseded by: RetrievingServiceCatalogFailed = 618022 (r26).")] != "superseded by: RetrievingServiceCatalogFailed = 618022 (r26)." || old.LastRevision != "seed" {
		t.Errorf("618021: note %q, last %s", old.Note, old.LastRevision)
	}
	if ctl := c.ControllerFor(623500); ctl == nil || ctl.Label != "Reports Controller" || ctl.Name != "Reports" || ctl.NameInferred {
		t.Errorf("623500: controller %+v", ctl)
	}
	if ctl := c.ControllerFor(602000); ctl.Label != "Countries Controller" || ctl.NameInferred {
		t.Errorf("602000: controller %+v", ctl)
	}
	// The heading the catalogue had only inferred is now printed: the name is documented.
	if ctl := c.ControllerFor(617000); ctl.Label != "Service Requests Controller" || ctl.Name != "Service Requests" || ctl.NameInferred {
		t.Errorf("617000: controller %+v", ctl)
	}
	if n := len(c.Entries()); n != 173+11 {
		t.Errorf("%d entries, want %d (9 added, a renamed and a renumbered row)", n, 173+11)
	}
}

// The current page, copied as the excerpts show it (headings never seen left out, lists glued),
// changes nothing.
func TestImportOfTheCurrentPageHasNoChanges(t *testing.T) {
	res, err := Import(codes.Default(), parseFileKnown(t, "r25.txt"), "", "test")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range res.Changes {
		t.Errorf("unexpected change %+v", c)
	}
	if len(res.Skipped) > 0 {
		t.Errorf("skipped %+v", res.Skipped)
	}
}

func parseFileKnown(t *testing.T, name string) *page.Page {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "catalogue", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := page.ParseWith(f, page.Options{Known: Known(codes.Default()), Messages: Messages(codes.Default())})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestImportRefusesAPageWithoutEntries(t *testing.T) {
	p, _ := page.ParseText(strings.NewReader("Status codes provide extra information.\n"))
	if _, err := Import(codes.Default(), p, "", "test"); err == nil {
		t.Error("a page without entries was imported (every entry would be removed)")
	}
}

// A write that cannot complete replaces nothing and leaves no temporary file behind.
func TestWriteCleansUpOnFailure(t *testing.T) {
	dir := t.TempDir()
	// A directory where names.tsv should go makes its rename fail.
	if err := os.Mkdir(filepath.Join(dir, "names.tsv"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "names.tsv", "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	files := fromCatalogue(codes.Default()).files()
	if err := Write(dir, files); err == nil {
		t.Fatal("Write succeeded over a directory")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "names.tsv" {
			t.Errorf("left %s behind", e.Name())
		}
	}
}

func TestSameText(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"Application information wasn't found.", "Application information wasn’t found.", true},
		{"error - such as", "error – such as", true},
		{"Retrieving  users", "Retrieving users", true},
		{"Retrieving users has failed", "Retrieving users has failed.", false},
		{"Return url Failed", "Return url is not valid", false},
	} {
		if got := sameText(tt.a, tt.b); got != tt.same {
			t.Errorf("sameText(%q, %q) = %v", tt.a, tt.b, got)
		}
	}
}

// importText imports page text over c and loads the catalogue it writes.
func importText(t *testing.T, c *codes.Catalogue, text, label string) (*Result, *codes.Catalogue) {
	t.Helper()
	p, err := page.ParseWith(strings.NewReader(text), page.Options{Known: Known(c)})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Import(c, p, label, "test")
	if err != nil {
		t.Fatal(err)
	}
	next, err := codes.Load(mapFS(res.Files))
	if err != nil {
		t.Fatal(err)
	}
	return res, next
}

func changeList(cs []Change) string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s %d %s [%s] [%s]", c.Change, c.Code, c.Name, c.Old, c.New))
	}
	return strings.Join(out, "\n")
}

func entryOf(c *codes.Catalogue, code int, name string) (codes.Entry, bool) {
	for _, e := range c.Lookup(code).Entries {
		if e.Name == name {
			return e, true
		}
	}
	return codes.Entry{}, false
}

// Edits of the exported page, each imported over the embedded catalogue, then a second edit over
// the catalogue the first wrote.
func TestImportEdits(t *testing.T) {
	base := exportText(codes.Default(), true, false)
	billing := "Billing Controller (624000-624999)\nNote: Not implemented yet.\nInvalidBillId = 624000\n"
	tests := []struct {
		name          string
		first, second func(string) string
		want          string // the second import's changes (the first's when there is no second)
		check         func(t *testing.T, c *codes.Catalogue)
	}{
		{name: "a new controller printed without its range gets its codes and a 1000-wide range",
			first: func(s string) string {
				return s + "Reports Controller\nGetReportFailed = 623001\nGetting a report failed.\n"
			},
			want: "controller 623000 Reports Controller [] [Reports Controller (623000-623999)]\nadded 623001 GetReportFailed [] []",
			check: func(t *testing.T, c *codes.Catalogue) {
				if e, ok := entryOf(c, 623001, "GetReportFailed"); !ok || e.Message != "Getting a report failed." || e.Controller.Label != "Reports Controller" {
					t.Errorf("623001: %+v", e)
				}
			}},
		{name: "an existing controller printed without its range is a heading, not a message",
			first: func(s string) string {
				return strings.Replace(s, "Notices Controller (612000-612999)", "Notices Controller", 1)
			},
			want: ""},
		{name: "a placeholder section that drops its note is implemented",
			first: func(s string) string { return s + billing },
			second: func(s string) string {
				return s + "Billing Controller (624000-624999)\nInvalidBillId = 624000\nBill id is not valid\n"
			},
			want: "controller 624000 Billing Controller [Billing Controller (624000-624999) Note: Not implemented yet.] [Billing Controller (624000-624999)]\nmessage 624000 InvalidBillId [] [Bill id is not valid]",
			check: func(t *testing.T, c *codes.Catalogue) {
				if e, _ := entryOf(c, 624000, "InvalidBillId"); e.State != codes.Current || e.Controller.Implemented != codes.IsImplemented {
					t.Errorf("624000: %s, controller %s", e.State, e.Controller.Implemented)
				}
			}},
		{name: "the note after the range in the heading",
			first: func(s string) string {
				return s + "Billing Controller (624000-624999) – not implemented yet\nInvalidBillId = 624000\n"
			},
			want: "controller 624000 Billing Controller [] [Billing Controller (624000-624999)]\nadded 624000 InvalidBillId [] []",
			check: func(t *testing.T, c *codes.Catalogue) {
				if e, _ := entryOf(c, 624000, "InvalidBillId"); e.State != codes.Placeholder || e.Controller.Implemented != codes.NotImplementedYet {
					t.Errorf("624000: %s, controller %s", e.State, e.Controller.Implemented)
				}
			}},
		{name: "renaming back to an earlier name is a rename",
			first: func(s string) string {
				return strings.Replace(s, "UpdateDateCannotBeInFuture = 617020", "UpdateDateCannotBeInTheFuture = 617020", 1)
			},
			second: func(s string) string { return s },
			want:   "renamed 617020 UpdateDateCannotBeInFuture [UpdateDateCannotBeInTheFuture] [UpdateDateCannotBeInFuture]",
			check: func(t *testing.T, c *codes.Catalogue) {
				back, _ := entryOf(c, 617020, "UpdateDateCannotBeInFuture")
				gone, _ := entryOf(c, 617020, "UpdateDateCannotBeInTheFuture")
				if back.State != codes.Current || strings.Contains(back.Note, "  ") || !strings.HasPrefix(back.Note, "Renamed back from UpdateDateCannotBeInTheFuture in r27.") {
					t.Errorf("revived: %s %q", back.State, back.Note)
				}
				if gone.State != codes.Superseded || !strings.HasPrefix(gone.Note, "superseded by: UpdateDateCannotBeInFuture = 617020 (r27).") {
					t.Errorf("replaced: %s %q", gone.State, gone.Note)
				}
			}},
		{name: "a rename that also changes the message reports both",
			first: func(s string) string {
				if !strings.Contains(s, "UpdateDateCannotBeInFuture = 617020\nUpdate date cannot be in future.\n") {
					t.Fatal("the export's layout changed: update this case")
				}
				return strings.Replace(s, "UpdateDateCannotBeInFuture = 617020\nUpdate date cannot be in future.\n",
					"UpdateDateMustNotBeInFuture = 617020\nThe update date must not be in the future.\n", 1)
			},
			want: "renamed 617020 UpdateDateMustNotBeInFuture [UpdateDateCannotBeInFuture] [UpdateDateMustNotBeInFuture]\n" +
				"message 617020 UpdateDateMustNotBeInFuture [Update date cannot be in future.] [The update date must not be in the future.]",
			check: func(t *testing.T, c *codes.Catalogue) {
				if e, _ := entryOf(c, 617020, "UpdateDateMustNotBeInFuture"); e.State != codes.Current || e.Message != "The update date must not be in the future." {
					t.Errorf("617020: %s %q", e.State, e.Message)
				}
			}},
		{name: "a rename that keeps the message reports only the rename",
			first: func(s string) string {
				return strings.Replace(s, "UpdateDateCannotBeInFuture = 617020\n", "UpdateDateMustNotBeInFuture = 617020\n", 1)
			},
			want: "renamed 617020 UpdateDateMustNotBeInFuture [UpdateDateCannotBeInFuture] [UpdateDateMustNotBeInFuture]"},
		{name: "a renumbering that also changes the message reports both",
			first: func(s string) string {
				return strings.Replace(s, "UpdateDateCannotBeInFuture = 617020\nUpdate date cannot be in future.\n",
					"UpdateDateCannotBeInFuture = 617030\nThe update date cannot be in the future.\n", 1)
			},
			want: "renumbered 617030 UpdateDateCannotBeInFuture [617020] [617030]\n" +
				"message 617030 UpdateDateCannotBeInFuture [Update date cannot be in future.] [The update date cannot be in the future.]"},
		{name: "the seed's old placeholder list spliced into a whole page adds placeholders, not duplicates",
			first: func(s string) string {
				old := "Note: Not implemented yet.\nInvalidServiceRequestId = 607000\nCannotAssociateInternUserToOrg = 617001\n" +
					"InvalidReturnUrl = 617003\nInvalidOrgId = 617004\n"
				return strings.Replace(s, "Services Controller (618000-618999)\n", "Services Controller (618000-618999)\n"+old, 1)
			},
			want: "added 607000 InvalidServiceRequestId [] []\nadded 617001 CannotAssociateInternUserToOrg [] []\n" +
				"added 617003 InvalidReturnUrl [] []\nadded 617004 InvalidOrgId [] []",
			check: func(t *testing.T, c *codes.Catalogue) {
				es := c.Lookup(617001).Entries
				if es[0].Name != "RetrievingServiceRequestFailed" || es[0].State != codes.Current {
					t.Errorf("617001 decodes first as %s (%s)", es[0].Name, es[0].State)
				}
				if e, _ := entryOf(c, 617001, "CannotAssociateInternUserToOrg"); e.State != codes.Placeholder || e.Controller.Name != "Services" {
					t.Errorf("CannotAssociateInternUserToOrg: %s under %s", e.State, e.Controller.Name)
				}
			}},
		{name: "a duplicate that loses a name is current, without the note to return both",
			first: func(s string) string {
				return strings.Replace(s, "Notices Controller (612000-612999)\n", "Notices Controller (612000-612999)\nNoticeTypeNotFound = 612016\nNoticeTypeInvalid = 612016\n", 1)
			},
			second: func(s string) string {
				return strings.Replace(s, "Notices Controller (612000-612999)\n", "Notices Controller (612000-612999)\nNoticeTypeNotFound = 612016\n", 1)
			},
			want: "removed 612016 NoticeTypeInvalid [] []",
			check: func(t *testing.T, c *codes.Catalogue) {
				if e, _ := entryOf(c, 612016, "NoticeTypeNotFound"); e.State != codes.Current || strings.Contains(e.Note, "Return both") {
					t.Errorf("612016: %s %q", e.State, e.Note)
				}
			}},
		{name: "the not-found family, which has no heading, is seen where its codes are",
			first: func(s string) string { return s + "FormNotFound = 4041015\n" },
			want:  "added 4041015 FormNotFound [] []",
			check: func(t *testing.T, c *codes.Catalogue) {
				if ctl := c.ControllerFor(4041015); ctl.LastRevision != c.LatestRevision() {
					t.Errorf("404 family: last revision %s, want %s", ctl.LastRevision, c.LatestRevision())
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, c := importText(t, codes.Default(), tt.first(base), "")
			if tt.second != nil {
				res, c = importText(t, c, tt.second(base), "")
			}
			if got := changeList(res.Changes); got != tt.want {
				t.Errorf("changes:\n%s\nwant\n%s", got, tt.want)
			}
			if tt.check != nil {
				tt.check(t, c)
			}
		})
	}
}

func TestImportRefusesAPageThatListsFewEntries(t *testing.T) {
	// A copy cut short: the first sections only.
	text := exportText(codes.Default(), true, false)
	text = text[:strings.Index(text, "Notices Controller")]
	p, _ := page.ParseText(strings.NewReader(text))
	_, err := Import(codes.Default(), p, "", "test")
	var few *FewEntriesError
	if !errors.Is(err, ErrNoEntries) || !errors.As(err, &few) || !strings.Contains(err.Error(), "would be removed") {
		t.Errorf("err %v", err)
	}
}

func TestImportRevisionLabels(t *testing.T) {
	c := codes.Default()
	same := exportText(c, true, false)
	changed := strings.Replace(same, "UpdateDateCannotBeInFuture = 617020", "UpdateDateCannotBeInTheFuture = 617020", 1)
	for _, tt := range []struct {
		label, text string
		ok          bool
	}{
		{"r25", same, true},     // the newest revision's page again: no changes
		{"r25", changed, false}, // would fold a change into r25
		{"r03", same, false},    // an earlier revision
		{"r26", changed, true},
	} {
		p, _ := page.ParseText(strings.NewReader(tt.text))
		_, err := Import(c, p, tt.label, "test")
		if (err == nil) != tt.ok || err != nil && !errors.Is(err, ErrRevisionExists) {
			t.Errorf("--revision %s: %v", tt.label, err)
		}
	}
}

func TestMessageChangeFromEmptyHasOld(t *testing.T) {
	// As the report writes JSON: without escaping HTML.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(Change{Change: Message, Code: 624000, Name: "InvalidBillId", New: "Bill id & more"})
	if b := strings.TrimSpace(buf.String()); err != nil || b != `{"change":"message","code":624000,"name":"InvalidBillId","old":"","new":"Bill id & more"}` {
		t.Errorf("%s %v", b, err)
	}
	b, _ := json.Marshal(Change{Change: Added, Code: 1, Name: "X"})
	if string(b) != `{"change":"added","code":1,"name":"X"}` {
		t.Errorf("%s", b)
	}
}

// TestUngluedSectionsTakeTheirMessages imports a copy whose message-first sections show no glued
// line and run straight into codes whose heading was never printed (Accounts into the 602 codes,
// Invoices' placeholder into the 611 codes): the catalogue's messages settle each run's layout,
// so no message shifts onto its neighbour. The page's real edits are reported, nothing else.
func TestUngluedSectionsTakeTheirMessages(t *testing.T) {
	res, err := Import(codes.Default(), parseFileKnown(t, "audit-unglued-sections.txt"), "", "test")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"603001": true, "611002": true, "620000": true, "4041002": true}
	for _, c := range res.Changes {
		if c.Change == Message && !want[strconv.Itoa(c.Code)] {
			t.Errorf("message shifted: %+v", c)
		}
	}
}

// TestPlaceholderPrintedWithAMessageIsCurrent: Users' InvalidUserId = 620000 was a placeholder; a
// page that prints it with a message and no "Not implemented yet" note makes it a real entry.
func TestPlaceholderPrintedWithAMessageIsCurrent(t *testing.T) {
	res, err := Import(codes.Default(), parseFileKnown(t, "audit-users-placeholder-implemented.txt"), "", "test")
	if err != nil {
		t.Fatal(err)
	}
	c, err := codes.Load(mapFS(res.Files))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range c.Lookup(620000).Entries {
		if e.Name == "InvalidUserId" && e.State != codes.Current {
			t.Errorf("620000 InvalidUserId is %s, want current", e.State)
		}
	}
}

// TestImportPartLeavesTheRestAlone: a diff view of the page (the v51 -> v58 excerpt) is refused as
// a whole page, and read as a part it changes nothing the catalogue does not already hold.
func TestImportPartLeavesTheRestAlone(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "testdata", "catalogue", "r25.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	whole, err := page.ParseWith(f, page.Options{Known: Known(codes.Default()), Messages: Messages(codes.Default())})
	if err != nil {
		t.Fatal(err)
	}
	// One section of the page: Notices, as a copy of part of it would hold.
	part := &page.Page{Form: whole.Form}
	for _, s := range whole.Sections {
		if s.Start == 612000 {
			part.Sections = append(part.Sections, s)
		}
	}
	if len(part.Sections) != 1 {
		t.Fatalf("no Notices section in r25.txt")
	}
	if _, err := Import(codes.Default(), part, "", "test"); err == nil {
		t.Error("one section was imported as a whole page: every other entry would be removed")
	}
	res, err := ImportPart(codes.Default(), part, "", "test")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range res.Changes {
		t.Errorf("a part of the current page changed something: %+v", c)
	}
}
