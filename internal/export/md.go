package export

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

// writeMarkdown writes a GitHub-flavoured Markdown page: one table per documented range (and one for
// the entries no range holds), every entry including history, and under each table the awkward
// cases explained as decode explains them.
func writeMarkdown(w *bufio.Writer, d Data, _ Options) error {
	w.WriteString("# MTAPI status codes\n\n")
	fmt.Fprintf(w, "%d entries from the MTAPI status-code documentation, newest revision %s. Written by mtapi %s", len(d.Entries), mdText(d.Revision), mdText(d.Version))
	if !d.Generated.IsZero() {
		fmt.Fprintf(w, " on %s", d.Generated.UTC().Format("2006-01-02"))
	}
	w.WriteString(".\n\n")
	w.WriteString("The code travels in the `mtapistatus` response header, comma-separated when there are several. " +
		"`-1` is NotSet (no status, not an error); 200-599 mirror the HTTP status codes.\n\n" +
		"States: **current** is the meaning of the number; **duplicate** means the documentation prints two names with one number; " +
		"**placeholder** was listed as not implemented yet; **superseded** is history, never a current meaning; " +
		"**typo** was printed with a wrong number (the code column has the intended one).\n")
	for _, g := range groups(d) {
		title, sub := "Outside every documented range", "No documented controller holds these numbers."
		if c := g.Controller; c != nil {
			title = c.DisplayName()
			sub = fmt.Sprintf("%d-%d", c.Start, c.End)
			if c.NameInferred {
				sub += " · heading never visible in the documentation; the name is inferred from its codes"
			} else if c.Label != c.Name {
				sub += " · printed as \"" + c.Label + "\""
			}
			switch {
			case c.Implemented == codes.NotImplementedYet:
				sub += " · not implemented yet"
			case len(g.Entries) == 0:
				sub += " · no codes documented"
			}
		}
		fmt.Fprintf(w, "\n## %s\n\n%s\n", mdText(title), mdText(sub))
		if len(g.Entries) == 0 {
			continue
		}
		w.WriteString("\n| Code | Name | Message | State |\n|---:|---|---|---|\n")
		var notes []string
		seen := map[int]bool{}
		for _, e := range g.Entries {
			state := string(e.State)
			switch e.State {
			case codes.Typo:
				state += fmt.Sprintf(" (printed as %d)", e.Printed)
			case codes.Superseded:
				if by := supersededBy(e); by != "" {
					state += "; " + by
				}
			}
			if e.Controller != g.Controller && e.Controller != nil {
				state += "; listed under " + e.Controller.DisplayName()
			}
			msg := mdText(e.Message)
			if msg == "" {
				msg = "*(no message documented)*"
			}
			fmt.Fprintf(w, "| %d | `%s` | %s | %s |\n", e.Code, mdCode(e.Name), msg, mdText(state))
			if !seen[e.Code] {
				seen[e.Code] = true
				if x := explain(d, e.Code); x != "" {
					notes = append(notes, "- **"+strconv.Itoa(e.Code)+"**: "+mdText(x))
				}
			}
		}
		for _, e := range g.Entries {
			if others := otherNumbers(d.Entries, e); len(others) > 0 && e.State != codes.Superseded {
				notes = append(notes, fmt.Sprintf("- **%s** is also printed at %s.", mdText(e.Name), mdText(strings.Join(others, ", "))))
			}
		}
		if len(notes) > 0 {
			w.WriteString("\n" + strings.Join(notes, "\n") + "\n")
		}
	}
	return nil
}

// otherNumbers lists the other numbers a name is printed at, with their states: "620000
// (placeholder), 619000 (superseded)".
func otherNumbers(all []codes.Entry, e codes.Entry) []string {
	var out []string
	for _, o := range all {
		if o.Name == e.Name && o.Code != e.Code {
			out = append(out, fmt.Sprintf("%d (%s)", o.Code, o.State))
		}
	}
	return out
}

// mdText escapes s for a Markdown table cell or paragraph: pipes, backslashes, the characters that
// start emphasis, links, HTML or code, and line breaks.
func mdText(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '|', '*', '_', '`', '[', ']', '<', '>', '#':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdCode is s inside a code span in a table cell: only the pipe needs escaping there (GFM), and a
// backtick cannot occur in a code span delimited by one.
func mdCode(s string) string {
	s = strings.NewReplacer("|", `\|`, "`", "'", "\n", " ", "\r", " ").Replace(s)
	return s
}
