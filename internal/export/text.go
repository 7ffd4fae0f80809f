package export

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
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
// A message never looks like an entry, heading or note line (the writer checks this); a line that
// is none of those is the message of the entry above it.
func writeText(w *bufio.Writer, d Data, _ Options) error {
	byCtl := map[*codes.Controller][]codes.Entry{}
	for _, e := range d.Entries {
		if e.State == codes.Superseded {
			continue
		}
		byCtl[e.Controller] = append(byCtl[e.Controller], e)
	}
	for i, c := range sortedControllers(d.Controllers) {
		if i > 0 {
			w.WriteByte('\n')
		}
		fmt.Fprintf(w, "%s (%d-%d)\n", headingTitle(c), c.Start, c.End)
		var placeholders []codes.Entry
		for _, e := range byCtl[c] {
			if e.State == codes.Placeholder {
				placeholders = append(placeholders, e)
				continue
			}
			if err := textEntry(w, e); err != nil {
				return err
			}
		}
		if len(placeholders) > 0 {
			w.WriteString(notImplemented + "\n")
			for _, e := range placeholders {
				if err := textEntry(w, e); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

const notImplemented = "Note: Not implemented yet."

func textEntry(w *bufio.Writer, e codes.Entry) error {
	if strings.ContainsAny(e.Name, " \t\r\n=") || e.Name == "" {
		return fmt.Errorf("entry %d: the name %q cannot be written as page text", e.Code, e.Name)
	}
	fmt.Fprintf(w, "%s = %d\n", e.Name, e.Printed)
	if e.Message == "" {
		return nil
	}
	if textLineKind(e.Message) != "message" || strings.ContainsAny(e.Message, "\r\n") {
		return fmt.Errorf("entry %d %s: the message %q would read back as another line", e.Code, e.Name, e.Message)
	}
	w.WriteString(e.Message + "\n")
	return nil
}

// headingTitle is the heading text of a section without its range: the label as the catalogue
// holds it, which for a never-printed heading says so.
func headingTitle(c *codes.Controller) string { return c.Label }

// textLineKind classifies one line of the text format: "blank", "heading", "entry", "note" or
// "message". It is the reading side of the grammar above, used by the tests and by the writer's own
// check.
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

func sortedControllers(cs []*codes.Controller) []*codes.Controller {
	out := make([]*codes.Controller, 0, len(cs))
	for _, g := range groups(Data{Controllers: cs}) {
		if g.Controller != nil {
			out = append(out, g.Controller)
		}
	}
	return out
}
