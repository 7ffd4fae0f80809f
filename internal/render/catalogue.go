package render

import (
	"fmt"
	"strconv"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/revise"
)

// ImportReport is what `mtapi catalogue import` found.
type ImportReport struct {
	Revision string
	Changes  []revise.Change
	Skipped  []revise.Skipped
	// Written is the directory the updated catalogue went to, or empty.
	Written string
}

type importJSON struct {
	SchemaVersion int             `json:"schema_version"`
	Revision      string          `json:"revision"`
	Changes       []revise.Change `json:"changes"`
	Skipped       []skippedJSON   `json:"skipped,omitempty"`
	Written       string          `json:"written,omitempty"`
}

type skippedJSON struct {
	Code int    `json:"code"`
	Name string `json:"name"`
	Line int    `json:"line,omitempty"`
}

// Import writes the changes a page brings, one per line. Plain records are: change, code, name,
// old, new.
func (p *Printer) Import(r ImportReport) {
	switch p.opts.Format {
	case JSON:
		out := importJSON{SchemaVersion: SchemaVersion, Revision: r.Revision, Changes: r.Changes, Written: r.Written}
		if out.Changes == nil {
			out.Changes = []revise.Change{}
		}
		for _, s := range r.Skipped {
			out.Skipped = append(out.Skipped, skippedJSON{Code: s.Code, Name: s.Name, Line: s.Line})
		}
		p.w.Write(jsonValue(out, ""))
		p.w.WriteByte('\n')
		return
	case Plain:
		for _, c := range r.Changes {
			p.tsv(string(c.Change), strconv.Itoa(c.Code), c.Name, c.Old, c.New)
		}
		return
	}
	st := p.st
	switch n := len(r.Changes); n {
	case 0:
		p.w.WriteString(st.good.Render("No changes") + st.meta.Render(": the page matches the catalogue.") + "\n")
	case 1:
		p.w.WriteString(st.header.Render(r.Revision) + st.meta.Render(": 1 change") + "\n")
	default:
		p.w.WriteString(st.header.Render(r.Revision) + st.meta.Render(fmt.Sprintf(": %d changes", n)) + "\n")
	}
	for _, c := range r.Changes {
		kind := fmt.Sprintf("%-10s", c.Change)
		switch c.Change {
		case revise.Added:
			kind = st.good.Render(kind)
		case revise.Removed:
			kind = st.bad.Render(kind)
		default:
			kind = st.warn.Render(kind)
		}
		code := st.code.Render(fmt.Sprintf("%7d", c.Code))
		var what string
		switch c.Change {
		case revise.Renamed:
			what = st.meta.Render(c.Old) + " → " + st.name.Render(c.New)
		case revise.Renumbered:
			what = st.name.Render(c.Name) + st.meta.Render(" (was "+c.Old+")")
		case revise.Message:
			what = st.name.Render(c.Name) + ": " + st.meta.Render(strconv.Quote(c.Old)) + " → " + st.message.Render(strconv.Quote(c.New))
		case revise.Controller:
			if c.Old == "" {
				what = st.name.Render(c.New) + st.meta.Render(" (new heading)")
			} else {
				what = st.meta.Render(c.Old) + " → " + st.name.Render(c.New)
			}
		case revise.Duplicate:
			what = st.name.Render(c.Name) + st.meta.Render(" (one number, several names)")
		default:
			what = st.name.Render(c.Name)
		}
		p.hanging("  "+kind+" "+code+"  ", 22, what)
	}
	for _, s := range r.Skipped {
		p.hanging("  ", 2, st.dim.Render(fmt.Sprintf("skipped %s = %d (line %d): no controller range holds it", s.Name, s.Code, s.Line)))
	}
	if r.Written != "" {
		p.hanging("", 0, st.meta.Render("Wrote the catalogue to "+escape.String(r.Written)))
	}
}

// CheckReport is what `mtapi catalogue check` found.
type CheckReport struct {
	// Catalogue names what was checked: a directory, or "embedded".
	Catalogue string
	Problems  codes.Problems
	// Entries and Newest describe the catalogue when it is clean.
	Entries int
	Newest  string
}

type problemJSON struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

// Check writes every problem of a catalogue, one per line, or that it is clean. Plain records are:
// file, line, column, message (nothing when clean).
func (p *Printer) Check(r CheckReport) {
	switch p.opts.Format {
	case JSON:
		out := struct {
			SchemaVersion int           `json:"schema_version"`
			Catalogue     string        `json:"catalogue"`
			Valid         bool          `json:"valid"`
			Entries       int           `json:"entries,omitempty"`
			Newest        string        `json:"newest_revision,omitempty"`
			Problems      []problemJSON `json:"problems"`
		}{SchemaVersion: SchemaVersion, Catalogue: r.Catalogue, Valid: len(r.Problems) == 0, Entries: r.Entries, Newest: r.Newest, Problems: []problemJSON{}}
		for _, pr := range r.Problems {
			out.Problems = append(out.Problems, problemJSON{File: pr.File, Line: pr.Line, Column: pr.Column, Message: pr.Msg})
		}
		p.w.Write(jsonValue(out, ""))
		p.w.WriteByte('\n')
		return
	case Plain:
		for _, pr := range r.Problems {
			p.tsv(pr.File, strconv.Itoa(pr.Line), strconv.Itoa(pr.Column), escape.String(pr.Msg))
		}
		return
	}
	st := p.st
	if len(r.Problems) == 0 {
		p.hanging(st.good.Render("✓ "), 2, escape.String(r.Catalogue)+st.meta.Render(fmt.Sprintf(": valid, %d entries, newest revision %s", r.Entries, r.Newest)))
		return
	}
	for _, pr := range r.Problems {
		p.hanging(st.bad.Render("✗ "), 2, st.code.Render(escape.String(location(pr)))+" "+escape.String(pr.Msg))
	}
}

func location(pr codes.Problem) string {
	s := pr.File
	if pr.Line > 0 {
		s += ":" + strconv.Itoa(pr.Line)
		if pr.Column > 0 {
			s += ":" + strconv.Itoa(pr.Column)
		}
	}
	return s + ":"
}
