package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/page"
	"github.com/mtapi-cli/mtapi/internal/render"
)

// TestEveryEntryReachable checks the modelling rule's promise: nothing is dropped silently. Every
// entry of the catalogue can be found in every format (the text format by design holds the entries
// that are not superseded, and only those).
func TestEveryEntryReachable(t *testing.T) {
	d := catalogue()
	es := d.Entries
	out := map[string]string{}
	for _, f := range Formats() {
		out[f] = string(generate(t, f, d, Options{}))
	}

	var js []render.EntryJSON
	if err := json.Unmarshal([]byte(out["json"]), &js); err != nil {
		t.Fatal(err)
	}
	if len(js) != len(es) {
		t.Errorf("json: %d objects for %d entries", len(js), len(es))
	}
	rows, err := csv.NewReader(strings.NewReader(out["csv"])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "code,printed_code,name,controller,message,state,first_revision,last_revision,note,controller_inferred,sources" {
		t.Errorf("csv header %q", rows[0])
	}
	if len(rows) != len(es)+1 {
		t.Errorf("csv: %d rows for %d entries", len(rows)-1, len(es))
	}
	ids := entryIDs(es)
	for i, e := range es {
		want := render.EntryToJSON(e)
		if i < len(js) && js[i] != want {
			t.Errorf("json entry %d = %+v, want decode --json's %+v", i, js[i], want)
		}
		if i+1 < len(rows) {
			r := rows[i+1]
			if r[0] != strconv.Itoa(e.Code) || r[1] != strconv.Itoa(e.Printed) || r[2] != e.Name || r[4] != e.Message ||
				r[5] != string(e.State) || r[8] != e.Note {
				t.Errorf("csv row %d = %q, want %d %s", i+1, r, e.Code, e.Name)
			}
		}
		if !strings.Contains(out["md"], fmt.Sprintf("| %d | `%s` |", e.Code, e.Name)) {
			t.Errorf("md: no row for %d %s", e.Code, e.Name)
		}
		art := regexp.MustCompile(`<article [^>]*id="` + regexp.QuoteMeta(ids[i]) + `" data-code="` + strconv.Itoa(e.Code) +
			`"[^>]* data-name="` + regexp.QuoteMeta(html.EscapeString(e.Name)) + `" data-state="` + string(e.State) + `"`)
		if !art.MatchString(out["html"]) {
			t.Errorf("html: no element for %d %s (id %s)", e.Code, e.Name, ids[i])
		}
		line := e.Name + " = " + strconv.Itoa(e.Printed) + "\n"
		if got := strings.Contains(out["text"], line); got != (e.State != codes.Superseded) {
			t.Errorf("text: %q present = %v, want %v", line, got, e.State != codes.Superseded)
		}
	}

	// The source formats: a member for every entry, with the entry in the lookup table.
	// firstOf is the member of each number's first entry, the one C# makes its enum member.
	firstOf := map[int]string{}
	for _, m := range members(es, identifier, csKeywords...) {
		if _, ok := firstOf[m.Entry.Code]; !ok {
			firstOf[m.Entry.Code] = m.Ident
		}
	}
	for _, lang := range []struct {
		format string
		ident  func(string) string
		member func(m member) string
		table  func(m member) string
	}{
		{"ts", identifier, func(m member) string { return fmt.Sprintf("  %s: %d,\n", m.Ident, m.Entry.Code) },
			func(m member) string {
				return fmt.Sprintf("{ code: %d, printedCode: %d, name: %s, member: %s,", m.Entry.Code, m.Entry.Printed, jsString(m.Entry.Name), jsString(m.Ident))
			}},
		{"cs", identifier, func(m member) string {
			// One enum member per number; a number's other entries are MtapiStatusAlias constants.
			if firstOf[m.Entry.Code] != m.Ident {
				return fmt.Sprintf("        public const MtapiStatus %s = (MtapiStatus)%d;\n", m.Ident, m.Entry.Code)
			}
			return fmt.Sprintf("        %s = %d,\n", m.Ident, m.Entry.Code)
		},
			func(m member) string {
				return fmt.Sprintf("new MtapiStatusInfo(%d, %d, %s, %s,", m.Entry.Code, m.Entry.Printed, csString(m.Entry.Name), csString(m.Ident))
			}},
		{"go", goName, func(m member) string { return fmt.Sprintf("\t%s Status = %d\n", m.Ident, m.Entry.Code) },
			func(m member) string {
				return fmt.Sprintf("{%d, %d, %s, %s,", m.Entry.Code, m.Entry.Printed, strconv.Quote(m.Entry.Name), strconv.Quote(m.Ident))
			}},
	} {
		ms := members(es, lang.ident)
		seen := map[string]bool{}
		for _, m := range ms {
			if seen[m.Ident] {
				t.Errorf("%s: member %s twice", lang.format, m.Ident)
			}
			seen[m.Ident] = true
			if !strings.Contains(out[lang.format], lang.member(m)) {
				t.Errorf("%s: no member %q", lang.format, lang.member(m))
			}
			if !strings.Contains(out[lang.format], lang.table(m)) {
				t.Errorf("%s: no table entry %q", lang.format, lang.table(m))
			}
		}
		if len(ms) != len(es) {
			t.Errorf("%s: %d members for %d entries", lang.format, len(ms), len(es))
		}
		rule := ModellingRule
		if lang.format == "cs" {
			rule = csModellingRule
		}
		for _, l := range rule {
			if !strings.Contains(out[lang.format], l) {
				t.Errorf("%s: the modelling rule is not at the top", lang.format)
			}
		}
	}
}

// TestModellingRule pins the rule on the catalogue's awkward names.
func TestModellingRule(t *testing.T) {
	got := map[string]string{}
	for _, m := range members(catalogue().Entries, identifier) {
		got[fmt.Sprintf("%d %s", m.Entry.Code, m.Entry.Name)] = fmt.Sprintf("%s alias=%v", m.Ident, m.Alias)
	}
	for k, want := range map[string]string{
		"601010 InvalidUserId":            "InvalidUserId alias=false",
		"620000 InvalidUserId":            "InvalidUserId_620000 alias=true",
		"619000 InvalidUserId":            "InvalidUserId_619000 alias=true",
		"618010 InvalidReturnUrl":         "InvalidReturnUrl alias=false",
		"601000 InvalidReturnUrl":         "InvalidReturnUrl_601000 alias=true",
		"608000 InvalidServiceRequestId":  "InvalidServiceRequestId alias=false",
		"607000 InvalidServiceRequestId":  "InvalidServiceRequestId_607000 alias=true",
		"604004 CreatingArtifactFailed":   "CreatingArtifactFailed alias=false",
		"604004 RetrievingArtifactFailed": "RetrievingArtifactFailed alias=false",
		"620004 RetrievingUsersFailed":    "RetrievingUsersFailed alias=false",
		"4000 ARTIFACT_NOT_FOUND":         "ARTIFACT_NOT_FOUND_4000 alias=true",
		"617007 GetUsersFailed":           "GetUsersFailed_617007 alias=true",
	} {
		if got[k] != want {
			t.Errorf("%s: %s, want %s", k, got[k], want)
		}
	}
}

// TestTextGrammar reads the text format back with the grammar its doc comment states and compares it
// with the catalogue: every line is a heading, an entry, its message, the note or a blank, and the
// sections, entries, messages and placeholders are the catalogue's.
func TestTextGrammar(t *testing.T) {
	d := catalogue()
	text := string(generate(t, "text", d, Options{}))
	type read struct {
		heading, name, message string
		printed                int
		placeholder            bool
	}
	var got []read
	heading, note, prev := "", false, "blank"
	for i, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		kind := textLineKind(line)
		switch kind {
		case "heading":
			if prev != "blank" && i > 0 {
				t.Errorf("line %d: heading without a blank line before it", i+1)
			}
			heading, note = line, false
		case "note":
			note = true
		case "entry":
			name, code, _ := strings.Cut(line, " = ")
			n, _ := strconv.Atoi(code)
			got = append(got, read{heading: heading, name: name, printed: n, placeholder: note})
		case "message":
			if prev != "entry" {
				t.Errorf("line %d: a message not after an entry: %q", i+1, line)
			}
			got[len(got)-1].message = line
		case "blank":
			if prev == "blank" {
				t.Errorf("line %d: two blank lines", i+1)
			}
		}
		if strings.TrimSpace(line) != line {
			t.Errorf("line %d: surrounding white space: %q", i+1, line)
		}
		prev = kind
	}
	var want []read
	for _, c := range sortedControllers(d.Controllers) {
		h := fmt.Sprintf("%s (%d-%d)", headingTitle(c), c.Start, c.End)
		if !strings.Contains(text, h+"\n") {
			t.Errorf("no heading %q", h)
		}
		var ph []read
		for _, e := range d.Entries {
			if e.Controller != c || e.State == codes.Superseded {
				continue
			}
			r := read{heading: h, name: e.Name, printed: e.Printed, message: e.Message, placeholder: e.State == codes.Placeholder}
			if r.placeholder {
				ph = append(ph, r)
			} else {
				want = append(want, r)
			}
		}
		want = append(want, ph...)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("text reads back as\n%v\nwant\n%v", got, want)
	}
	for _, h := range []string{"Generic/Reusable Statuses - can be used in any controller (901000-902999)\n",
		"(heading not visible: 617xxx) (617000-617999)\n", "(heading not visible: 404xxxx) (4040000-4049999)\n",
		"RetrievingUsersFailed = 62000\nRetrieving users has failed\n", "Service Settings Controller (619000-619999)\n\n"} {
		if !strings.Contains(text, h) {
			t.Errorf("text lacks %q", h)
		}
	}
}

// textLineKind classifies one line of the text format by the grammar of writeText's doc comment:
// "blank", "heading", "entry", "note" or "message".
func textLineKind(line string) string {
	switch {
	case line == "":
		return "blank"
	case line == notImplemented:
		return "note"
	}
	if name, code, ok := strings.Cut(line, " = "); ok && name != "" && !strings.ContainsAny(name, " \t") && isInt(code) {
		return "entry"
	}
	if strings.HasSuffix(line, ")") {
		if i := strings.LastIndex(line, " ("); i > 0 {
			lo, hi, ok := strings.Cut(line[i+2:len(line)-1], "-")
			if ok && isInt(lo) && isInt(hi) {
				return "heading"
			}
		}
	}
	return "message"
}

func isInt(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil && s != "" && s[0] != '+'
}

func TestTextLineKind(t *testing.T) {
	for line, want := range map[string]string{
		"":                                    "blank",
		"Note: Not implemented yet.":          "note",
		"UpdateDateCannotBeInFuture = 617020": "entry",
		"NotSet = -1":                         "entry",
		"Accounts Controller (601000-601999)": "heading",
		"Generic/Reusable Statuses - can be used in any controller (901000-902999)": "heading",
		"Update date cannot be in future.":                                          "message",
		"should be less than the maximum character limit (150 characters).":         "message",
		"a = b":                        "message",
		"Two words = 5":                "message",
		"Range (1-x)":                  "message",
		"UpdateDateCannotBeInFuture =": "message",
	} {
		if got := textLineKind(line); got != want {
			t.Errorf("textLineKind(%q) = %s, want %s", line, got, want)
		}
	}
}

// awkward is a catalogue with names and messages that would break a careless writer.
func awkward() Data {
	c := &codes.Controller{Name: "Odd | <b>", Label: "Odd | <b> Controller", Start: 700000, End: 700999}
	msgs := []string{`He said "hi" */ \ <script>alert(1)</script> | café ☕ 𝄞`, "", "line\u2028sep"}
	var es []codes.Entry
	for i, n := range []string{"default", "class", "Status", "Entry", "A-B", "A_B", "9Lives", "naïve", "__proto__", "A-B"} {
		es = append(es, codes.Entry{Code: 700000 + i, Printed: 700000 + i, Name: n, Message: msgs[i%len(msgs)], Controller: c,
			State: codes.Current, FirstRevision: "r1", LastRevision: "r1"})
	}
	return Data{Entries: es, Controllers: []*codes.Controller{c}, Revision: "r1", Version: "0 */ \"x\"",
		Generated: time.Unix(1700000000, 0)}
}

// TestAwkwardData exports a catalogue with names and messages that would break a careless writer:
// names that clash once made identifiers, keywords, quotes, comment ends, pipes, HTML and non-ASCII.
// TestTypeScript, TestCSharp and TestGoSource compile it too.
func TestAwkwardData(t *testing.T) {
	d := awkward()
	es := d.Entries
	for _, f := range []string{"ts", "cs", "go", "md", "html", "json", "csv"} {
		out := generate(t, f, d, Options{})
		if f == "html" && bytes.Contains(out, []byte("<script>alert")) {
			t.Errorf("html: message not escaped")
		}
		if f == "md" && bytes.Contains(out, []byte("Odd | ")) {
			t.Errorf("md: pipe not escaped")
		}
		if f != "json" && f != "csv" && !bytes.Contains(out, []byte("2023-11-14")) {
			t.Errorf("%s: SOURCE_DATE_EPOCH time not written", f)
		}
	}
	for _, m := range members(es, identifier, csKeywords...) {
		if m.Ident == "default" || m.Ident == "class" {
			t.Errorf("C# keyword %s used as a member", m.Ident)
		}
	}
	ids := map[string]bool{}
	for _, m := range members(es, goName, "Status", "Entry") {
		if ids[m.Ident] || m.Ident == "Status" || m.Ident == "Entry" {
			t.Errorf("go: member %s clashes", m.Ident)
		}
		ids[m.Ident] = true
	}
}

// TestTextRoundTrip reads the text format back with the importer's parser (internal/page, what
// `mtapi catalogue import` reads) for the embedded catalogue and for messages that look like other
// lines. Each message either survives exactly or is refused with its reason: never changed silently.
func TestTextRoundTrip(t *testing.T) {
	imported := func(text []byte) map[string]string {
		p, err := page.ParseText(bytes.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, e := range p.Entries() {
			got[e.Name+" = "+strconv.Itoa(e.Code)] = e.Message
		}
		return got
	}
	check := func(t *testing.T, d Data, text []byte) {
		t.Helper()
		got := imported(text)
		n := 0
		for _, e := range d.Entries {
			if e.State == codes.Superseded {
				continue
			}
			n++
			k := e.Name + " = " + strconv.Itoa(e.Printed)
			if m, ok := got[k]; !ok || m != e.Message {
				t.Errorf("%s imports with message %q (present %v), want %q", k, m, ok, e.Message)
			}
		}
		if len(got) != n {
			t.Errorf("%d entries imported, %d written", len(got), n)
		}
	}
	check(t, catalogue(), generate(t, "text", catalogue(), Options{}))

	with := func(msg string) Data {
		d := catalogue()
		d.Entries = append([]codes.Entry(nil), d.Entries...)
		for i, e := range d.Entries {
			if e.Code == 617022 {
				d.Entries[i].Message = msg
			}
		}
		return d
	}
	// The importer's verdict on a message alone, after an entry line.
	importerKeeps := func(msg string) bool {
		p, err := page.ParseText(strings.NewReader("X Controller (1000-1999)\nA = 1001\n" + msg + "\n"))
		return err == nil && len(p.Entries()) == 1 && p.Entries()[0].Message == msg
	}
	for _, msg := range []string{
		"Expected Value = 42", "Foo = 1", "Note: Not implemented yet.", "Services Controller (618000-618999)",
		"two  spaces", " leading space", "a = b", "x == 5", "Ratio is 1 = 1", "tab\there", "line\nbreak",
	} {
		t.Run(msg, func(t *testing.T) {
			d := with(msg)
			out, err := Render("text", d, Options{})
			if err != nil {
				if !strings.Contains(err.Error(), "UpdateDateShouldBeAfterPreviousDate = 617022") &&
					!strings.Contains(err.Error(), "617022 UpdateDateShouldBeAfterPreviousDate") {
					t.Errorf("the refusal does not name the entry: %v", err)
				}
				if importerKeeps(msg) {
					t.Errorf("refused although the importer reads it back: %v", err)
				}
				t.Logf("refused: %v", err)
				return
			}
			check(t, d, out)
		})
	}
	// A message with "Name = n" inside survives: the importer reads such a line after an entry as its
	// message, not as an entry, so the writer need not refuse it.
	t.Run("Expected Value = 42 survives", func(t *testing.T) {
		if !importerKeeps("Expected Value = 42") {
			t.Fatal("internal/page reads \"Value = 42\" inside a message as an entry")
		}
		d := with("Expected Value = 42")
		out, err := Render("text", d, Options{})
		if err != nil {
			t.Fatal(err)
		}
		check(t, d, out)
	})
}
