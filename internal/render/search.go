package render

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/search"
)

// spanJSON is a matched run of one field, in bytes.
type spanJSON struct {
	Field string `json:"field"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// matchJSON is one result of `search --json`: the entry's fields plus how it matched.
type matchJSON struct {
	SchemaVersion int `json:"schema_version"`
	EntryJSON
	Score   int        `json:"score"`
	Tier    string     `json:"tier"`
	Matched []spanJSON `json:"matched"`
}

func fieldText(e codes.Entry, field string) string {
	switch field {
	case "name":
		return e.Name
	case "message":
		return e.Message
	case "controller":
		return e.Controller.Name
	}
	return strconv.Itoa(e.Code)
}

// TerminalLimit is how many search results a person sees by default; scripts get them all.
const TerminalLimit = 10

// Matches writes search results. limit is --limit: at most that many (0: all; -1: TerminalLimit in
// the styled layout, all otherwise). No match writes an empty JSON array and nothing else. Plain
// records: code, state, name, controller, message, score.
func (p *Printer) Matches(ms []search.Match, limit int) {
	total := len(ms)
	if limit == -1 {
		limit = 0
		if p.opts.Format == Styled {
			limit = TerminalLimit
		}
	}
	if limit > 0 && limit < len(ms) {
		ms = ms[:limit]
	}
	switch p.opts.Format {
	case JSON:
		out := make([]matchJSON, len(ms))
		for i, m := range ms {
			out[i] = matchJSON{SchemaVersion: SchemaVersion, EntryJSON: EntryToJSON(m.Entry), Score: m.Score, Tier: m.Tier.String(), Matched: []spanJSON{}}
			for _, s := range m.Matched {
				text := fieldText(m.Entry, s.Field)
				out[i].Matched = append(out[i].Matched, spanJSON{s.Field, s.Start, s.End, text[min(s.Start, len(text)):min(s.End, len(text))]})
			}
		}
		p.w.Write(jsonValue(out, ""))
		p.w.WriteByte('\n')
	case Plain:
		for _, m := range ms {
			e := m.Entry
			p.tsv(strconv.Itoa(e.Code), string(e.State), e.Name, e.Controller.DisplayName(), e.Message, strconv.Itoa(m.Score))
		}
	default:
		// Names in one column and, after them, the badge and the message in another, when the widest
		// name leaves the message room; else every hit on two lines or more, the message under it.
		col := 0
		for _, m := range ms {
			col = max(col, len(gutter)+lipgloss.Width(m.Entry.Name)+2)
		}
		if p.opts.Width-col < 24 || p.opts.Verbose {
			col = 0
		}
		for _, m := range ms {
			p.styledMatch(m, col)
		}
		if total > len(ms) {
			for _, l := range wrap(fmt.Sprintf("%d of %d matches; --limit 0 shows all", len(ms), total), p.measure(0)) {
				p.w.WriteString(p.st.dim.Render(l) + "\n")
			}
		}
	}
}

// styledMatch writes one hit in the card's vocabulary: code, name, a badge when not current, and the
// message. With col, the badge and the message start at that column and the message wraps under it;
// without, the message goes under the code column, for every hit alike. Verbose adds the controller.
func (p *Printer) styledMatch(m search.Match, col int) {
	st := p.st
	e := m.Entry
	spans := func(field string) []search.Span {
		var out []search.Span
		for _, s := range m.Matched {
			if s.Field == field {
				out = append(out, s)
			}
		}
		return out
	}
	code := strconv.Itoa(e.Code)
	name := styledText{e.Name, func(s ...string) string { return highlight(strings.Join(s, ""), spans("name"), st.name, st.match) }}
	parts := []styledText{name}
	if e.State != codes.Current {
		parts = append(parts, styledText{stateLabel(e), st.badge.Render})
	}
	if p.opts.Verbose {
		parts = append(parts, styledText{e.Controller.Name, func(s ...string) string {
			return highlight(strings.Join(s, ""), spans("controller"), st.meta, st.match)
		}})
	}
	codeStyle := func(s ...string) string { return highlight(strings.Join(s, ""), spans("code"), st.code, st.match) }
	c := &cardWriter{p: p}
	msgStyle := func(text string, l lineSpan) string {
		var shifted []search.Span
		for _, s := range spans("message") {
			if s.End > l.start && s.Start < l.end {
				shifted = append(shifted, search.Span{Field: s.Field, Start: max(s.Start, l.start) - l.start, End: min(s.End, l.end) - l.start})
			}
		}
		out := highlight(text[l.start:l.end], shifted, st.message, st.match)
		if l.hyphen {
			out += "-"
		}
		return out
	}
	if col > 0 {
		var b strings.Builder
		b.WriteString(codeStyle(code) + strings.Repeat(" ", codePad(code)) + name.style(name.text))
		w := len(code) + codePad(code) + lipgloss.Width(name.text)
		b.WriteString(strings.Repeat(" ", col-w))
		first := col
		if e.State != codes.Current {
			badge := stateLabel(e)
			b.WriteString(st.badge.Render(badge))
			first += lipgloss.Width(badge) + 2
			if e.Message != "" {
				b.WriteString("  ")
			}
		}
		lines := fill(e.Message, first, col, min(p.opts.Width, proseWidth+col), true)
		if len(lines) == 0 {
			p.w.WriteString(strings.TrimRight(b.String(), " ") + "\n")
			return
		}
		for i, l := range lines {
			if i > 0 {
				b.WriteString(strings.Repeat(" ", l.col))
			}
			b.WriteString(strings.TrimRight(msgStyle(e.Message, l), " ") + "\n")
		}
		p.w.WriteString(strings.TrimRight(b.String(), " \n") + "\n")
		return
	}
	c.head(code, codeStyle, parts...)
	for _, l := range fill(e.Message, len(gutter), len(gutter), p.measure(len(gutter))+len(gutter), false) {
		c.line(strings.Repeat(" ", l.col) + msgStyle(e.Message, l))
	}
	p.w.WriteString(c.b.String())
}

// highlight renders s in base style with the spans (byte offsets) in match style.
func highlight(s string, spans []search.Span, base, match lipgloss.Style) string {
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		start, end := min(max(sp.Start, at), len(s)), min(sp.End, len(s))
		if start >= end {
			continue
		}
		if start > at {
			b.WriteString(base.Render(s[at:start]))
		}
		b.WriteString(match.Render(s[start:end]))
		at = end
	}
	if at < len(s) {
		b.WriteString(base.Render(s[at:]))
	}
	return b.String()
}
