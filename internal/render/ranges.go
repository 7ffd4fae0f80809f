package render

import (
	"fmt"
	"strconv"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/lipgloss/table"

	"github.com/mtapi-cli/mtapi/codes"
)

// RangeJSON is one range as `ranges --json` shows it.
type RangeJSON struct {
	Name         string `json:"name"`
	NameInferred bool   `json:"name_inferred"`
	Label        string `json:"label"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	Kind         string `json:"kind"`
	Implemented  string `json:"implemented"`
	Documented   int    `json:"documented"`
	Note         string `json:"note"`
}

func rangeToJSON(r codes.Range) RangeJSON {
	j := RangeJSON{Name: r.Name, Start: r.Start, End: r.End, Kind: string(r.Kind), Documented: r.Documented, Note: r.Note, Implemented: "yes"}
	if c := r.Controller; c != nil {
		j.Name, j.NameInferred, j.Label, j.Implemented = c.Name, c.NameInferred, c.Label, c.Implemented
	}
	return j
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
		out := make([]RangeJSON, len(rs))
		for i, r := range rs {
			out[i] = rangeToJSON(r)
		}
		p.w.Write(jsonValue(out, ""))
		p.w.WriteByte('\n')
	case Plain:
		for _, r := range rs {
			p.tsv(r.Name, strconv.Itoa(r.Start), strconv.Itoa(r.End), string(r.Kind), strconv.Itoa(r.Documented), r.Note)
		}
	default:
		st := p.st
		t := table.New().
			Border(lipgloss.RoundedBorder()).
			BorderStyle(st.border).
			Headers("RANGE", "NAME", "CODES", "NOTE").
			StyleFunc(func(row, col int) lipgloss.Style {
				s := st.message
				switch {
				case row == table.HeaderRow:
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
		inferred := false
		for _, r := range rs {
			name := r.Name
			if c := r.Controller; c != nil && c.NameInferred {
				name, inferred = c.Name+" *", true
			}
			docs := strconv.Itoa(r.Documented)
			if r.Kind == codes.NotSet || r.Kind == codes.HTTP {
				docs = "–"
			}
			t.Row(span(r), name, docs, r.Note)
		}
		p.w.WriteString(t.Render())
		p.w.WriteByte('\n')
		if inferred {
			p.w.WriteString(st.dim.Render("* heading never printed; name inferred from its codes") + "\n")
		}
	}
}
