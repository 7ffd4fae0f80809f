package export

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/page"
)

// writeText writes the status-code page's own text, the form `mtapi catalogue import` reads back.
//
// Only the entries the page shows today are written: every entry that is not superseded (current,
// duplicate, placeholder and the typo). The grammar, line by line (LF line ends, UTF-8, no trailing
// spaces):
//
//		page      = section *( blank section )
//		section   = heading LF [ entries ] [ note LF placeholders ]
//		heading   = title " (" start "-" end ")"
//		entries   = *( entry LF [ message LF ] )
//		entry     = name " = " code
//		note      = "Note: Not implemented yet."
//		blank     = LF
//
//	  - Sections are every controller, the generic block and the not-found family, in range order,
//	    also those without entries (a heading only, as the page prints Service Settings).
//	  - title is the heading as the page printed it (controller label: "Accounts Controller",
//	    "Generic/Reusable Statuses - can be used in any controller"). For a heading no copy of the
//	    page ever showed, it is the catalogue's label for it, "(heading not visible: 617xxx)": the
//	    text does not claim a heading the page never printed, so that a revision which does print
//	    one ("Service Requests Controller") imports as the change it is, and this text imports as
//	    none.
//	  - Entries are listed under the heading they were printed under, by number, then trusted first.
//	    code is the number as printed: the typo RetrievingUsersFailed is written "= 62000", between
//	    620003 and 620005, where the page has it.
//	  - message is the entry's message on the line after its entry line, exactly as stored; an entry
//	    without a documented message has no message line.
//	  - Placeholders come last in their section, after one note line, as the page lists them.
//
// Whatever the grammar says, `mtapi catalogue import` is the judge: the writer reads its own text
// back with the importer (internal/page) and refuses a catalogue whose text would import as something
// else (a message with "Name = 42" in it, or one the importer would trim), naming the entry. So the
// two can never disagree silently, whichever of them changes.
func writeText(w *bufio.Writer, d Data, _ Options) error {
	byCtl := map[*codes.Controller][]codes.Entry{}
	for _, e := range d.Entries {
		if e.State == codes.Superseded {
			continue
		}
		byCtl[e.Controller] = append(byCtl[e.Controller], e)
	}
	var b bytes.Buffer
	var want []page.Section
	for i, c := range sortedControllers(d.Controllers) {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%s (%d-%d)\n", headingTitle(c), c.Start, c.End)
		sec := page.Section{Heading: headingTitle(c), Start: c.Start, End: c.End}
		var placeholders []codes.Entry
		for _, e := range byCtl[c] {
			if e.State == codes.Placeholder {
				placeholders = append(placeholders, e)
				continue
			}
			if err := textEntry(&b, e); err != nil {
				return err
			}
			sec.Entries = append(sec.Entries, page.Entry{Name: e.Name, Code: e.Printed, Message: e.Message})
		}
		if len(placeholders) > 0 {
			b.WriteString(notImplemented + "\n")
			sec.NotImplemented = true
			for _, e := range placeholders {
				if err := textEntry(&b, e); err != nil {
					return err
				}
				sec.Entries = append(sec.Entries, page.Entry{Name: e.Name, Code: e.Printed, Message: e.Message})
			}
		}
		want = append(want, sec)
	}
	if err := readsBack(b.Bytes(), want); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

const notImplemented = "Note: Not implemented yet."

func textEntry(b *bytes.Buffer, e codes.Entry) error {
	if strings.ContainsAny(e.Name, " \t\r\n=") || e.Name == "" {
		return fmt.Errorf("entry %d: the name %q cannot be written as page text", e.Code, e.Name)
	}
	fmt.Fprintf(b, "%s = %d\n", e.Name, e.Printed)
	if e.Message == "" {
		return nil
	}
	if strings.ContainsAny(e.Message, "\r\n") {
		return fmt.Errorf("entry %d %s: the message %q would read back as several lines", e.Code, e.Name, e.Message)
	}
	b.WriteString(e.Message + "\n")
	return nil
}

// readsBack parses text with the importer's own parser and reports the first section or entry that
// would not import as written.
func readsBack(text []byte, want []page.Section) error {
	p, err := page.ParseText(bytes.NewReader(text))
	if err != nil {
		return fmt.Errorf("the text would not import: %w", err)
	}
	got := p.Sections
	for i, w := range want {
		if i >= len(got) {
			return fmt.Errorf("the heading %q would not import", w.Heading)
		}
		g := got[i]
		if g.Heading != w.Heading || g.Start != w.Start || g.End != w.End {
			return fmt.Errorf("the heading %q (%d-%d) would read back as %q (%d-%d)", w.Heading, w.Start, w.End, g.Heading, g.Start, g.End)
		}
		for j, we := range w.Entries {
			if j >= len(g.Entries) {
				return fmt.Errorf("entry %s = %d would not import", we.Name, we.Code)
			}
			ge := g.Entries[j]
			if ge.Name != we.Name || ge.Code != we.Code {
				return fmt.Errorf("entry %s = %d would read back as %s = %d", we.Name, we.Code, ge.Name, ge.Code)
			}
			if ge.Message != we.Message {
				why := ""
				if j+1 < len(g.Entries) && (j+1 >= len(w.Entries) || g.Entries[j+1].Name != w.Entries[j+1].Name) {
					why = fmt.Sprintf(" and %s = %d, an entry of its own", g.Entries[j+1].Name, g.Entries[j+1].Code)
				}
				return fmt.Errorf("entry %s = %d: the message %q would read back as %q%s", we.Name, we.Code, we.Message, ge.Message, why)
			}
		}
		if len(g.Entries) > len(w.Entries) {
			x := g.Entries[len(w.Entries)]
			return fmt.Errorf("the section %q would import an entry %s = %d that is not in the catalogue", w.Heading, x.Name, x.Code)
		}
		if g.NotImplemented != w.NotImplemented {
			return fmt.Errorf("the section %q would import with its placeholders changed", w.Heading)
		}
	}
	if len(got) > len(want) {
		return fmt.Errorf("a message would import as the heading %q", got[len(want)].Heading)
	}
	return nil
}

// headingTitle is the heading text of a section without its range: the label as the catalogue
// holds it, which for a never-printed heading says so.
func headingTitle(c *codes.Controller) string { return c.Label }

func sortedControllers(cs []*codes.Controller) []*codes.Controller {
	out := make([]*codes.Controller, 0, len(cs))
	for _, g := range groups(Data{Controllers: cs}) {
		if g.Controller != nil {
			out = append(out, g.Controller)
		}
	}
	return out
}
