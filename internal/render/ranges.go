package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/lipgloss/table"

	"github.com/mtapi-cli/mtapi/codes"
)

// rangeJSON is one range as `ranges --json` shows it.
type rangeJSON struct {
	SchemaVersion int    `json:"schema_version"`
	Name          string `json:"name"`
	NameInferred  bool   `json:"name_inferred"`
	Label         string `json:"label"`
	Start         int    `json:"start"`
	End           int    `json:"end"`
	Kind          string `json:"kind"`
	Implemented   string `json:"implemented"`
	Documented    int    `json:"documented"`
	Note          string `json:"note"`
}

func rangeToJSON(r codes.Range) rangeJSON {
	j := rangeJSON{SchemaVersion: SchemaVersion, Name: r.Name, Start: r.Start, End: r.End, Kind: string(r.Kind), Documented: r.Documented, Note: rangeNote(r), Implemented: "yes"}
	if c := r.Controller; c != nil {
		j.Name, j.NameInferred, j.Label, j.Implemented = c.Name, c.NameInferred, c.Label, string(c.Implemented)
	}
	return j
}

// rangeNote is the remark the ranges table shows beside a family.
func rangeNote(r codes.Range) string {
	switch {
	case r.Kind == codes.NotSet:
		return "no status set (not an error)"
	case r.Kind == codes.HTTP:
		return "as HTTP status codes"
	case r.Controller == nil:
		return ""
	case r.Controller.Implemented == codes.NotImplementedYet:
		return "not implemented yet"
	case r.Controller.Implemented == codes.ImplementedUnknown && r.Documented == 0:
		return "heading only, no codes seen"
	case r.Kind == codes.NotFound:
		return "404 + 4 digits; 4040xxx reserved"
	case r.Kind == codes.Generic:
		return "reusable in any controller"
	}
	return ""
}

func span(r codes.Range) string {
	if r.Start == r.End {
		return strconv.Itoa(r.Start)
	}
	return fmt.Sprintf("%d–%d", r.Start, r.End)
}

// Ranges writes the given ranges. Plain records are: name, start, end, kind, documented, note.
func (p *Printer) Ranges(rs []codes.Range) {
	switch p.opts.Format {
	case JSON:
		out := make([]rangeJSON, len(rs))
		for i, r := range rs {
			out[i] = rangeToJSON(r)
		}
		p.w.Write(jsonValue(out, ""))
		p.w.WriteByte('\n')
	case Plain:
		for _, r := range rs {
			p.tsv(r.Name, strconv.Itoa(r.Start), strconv.Itoa(r.End), string(r.Kind), strconv.Itoa(r.Documented), rangeNote(r))
		}
	default:
		p.rangeTable(rs)
	}
}

// rangeTable draws the ranges as a table that fits the width: the note column, then the name column
// shrink first; notes wrap in their column, names are cut with "…"; a window too narrow for a note
// loses that column.
func (p *Printer) rangeTable(rs []codes.Range) {
	st := p.st
	type row struct{ span, name, docs, note string }
	rows := make([]row, len(rs))
	inferred := false
	widths := [4]int{len("RANGE"), len("NAME"), len("CODES"), len("NOTE")}
	for i, r := range rs {
		name := r.Name
		if c := r.Controller; c != nil && c.NameInferred {
			name, inferred = c.Name+" *", true
		}
		docs := strconv.Itoa(r.Documented)
		if r.Kind == codes.NotSet || r.Kind == codes.HTTP {
			docs = "–"
		}
		rows[i] = row{span(r), name, docs, rangeNote(r)}
		for j, s := range []string{rows[i].span, name, docs, rows[i].note} {
			widths[j] = max(widths[j], lipgloss.Width(s))
		}
	}
	// Each column has a cell padding of one on either side and one border; the table one more border.
	// Names matter more than notes: notes shrink first, then go, and only then do names shrink.
	const frame3, frame4, minNote = 10, 13, 12
	cols := 4
	noNotes := true
	for _, r := range rows {
		noNotes = noNotes && r.note == ""
	}
	switch room := p.opts.Width - widths[0] - widths[1] - widths[2]; {
	case noNotes && room+widths[1]-frame3 >= 4:
		// No range here has a note: no empty column.
		cols, widths[3] = 3, 0
		widths[1] = min(widths[1], room+widths[1]-frame3)
	case room-frame4 >= widths[3]:
	case room-frame4 >= minNote:
		widths[3] = room - frame4
	case room+widths[1]-frame3 >= 4:
		cols, widths[3] = 3, 0
		widths[1] = min(widths[1], room+widths[1]-frame3)
	default:
		// A very narrow window: ranges and names only, both cut if they must be.
		const frame2 = 7
		cols, widths[2], widths[3] = 2, 0, 0
		widths[0] = max(5, min(widths[0], p.opts.Width-frame2-4))
		widths[1] = max(4, min(widths[1], p.opts.Width-frame2-widths[0]))
	}
	headers := []string{"RANGE", "NAME", "CODES", "NOTE"}[:cols]
	t := table.New().
		Border(lipgloss.RoundedBorder()).
		BorderStyle(st.border).
		Headers(headers...).
		StyleFunc(func(r, col int) lipgloss.Style {
			s := st.message
			switch {
			case r == table.HeaderRow:
				s = st.header
			case col == 0:
				s = st.code
			case col == 2 || col == 3:
				s = st.meta
			}
			if col == 2 {
				s = s.Align(lipgloss.Right)
			}
			return s.Padding(0, 1)
		})
	for _, r := range rows {
		name := r.name
		if lipgloss.Width(name) > widths[1] && len(name) > 2 && name[len(name)-2:] == " *" {
			name = truncate(name[:len(name)-2], widths[1]-2) + " *"
		}
		// A note is wrapped in its column, never cut.
		note := strings.Join(wrap(r.note, widths[3]), "\n")
		cells := []string{truncate(r.span, widths[0]), truncate(name, widths[1]), r.docs, note}
		t.Row(cells[:cols]...)
	}
	p.w.WriteString(t.Render())
	p.w.WriteByte('\n')
	if inferred {
		for _, l := range wrap("* the documentation never showed this range's heading; the name describes its codes", p.measure(0)) {
			p.w.WriteString(st.dim.Render(l) + "\n")
		}
	}
}
