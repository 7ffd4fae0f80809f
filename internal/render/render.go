// Package render owns every byte a person or a script reads on standard output: styled cards and
// tables fitted to the terminal's width, stable tab-separated lines, and JSON; it lays out what decode,
// search and headers decided and decides nothing about the data itself.
package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
)

// Format is the output layout.
type Format int

// The layouts.
const (
	// Plain is one record per line, tab-separated, no escape sequences: for pipes and scripts.
	Plain Format = iota
	// Styled is lipgloss cards and tables for a person at a terminal.
	Styled
	// JSON is the documented machine-readable schema.
	JSON
)

// Options choose the layout.
type Options struct {
	Format Format
	// Color enables colours and emphasis in the Styled layout.
	Color bool
	// Colors is the size of the palette Color may use: 16, or 256 (the default).
	Colors int
	// Width is the terminal width the Styled layout fits into.
	Width int
	// Verbose adds to cards what support staff rarely need: revisions, sources, inferred-name labels
	// and the catalogue's raw notes.
	Verbose bool
}

// proseWidth is the most a line of prose uses on a wide terminal: longer lines are hard to read.
const proseWidth = 100

// Printer writes one command's output to w. Call Flush when done.
type Printer struct {
	w    *bufio.Writer
	opts Options
	st   styles
	// items counts the JSON array elements or styled cards written so far.
	items int
	// src is the input whose responses are being written (headers).
	src *source
	// plain keeps the records of results already written, so that a stream of a million codes
	// (a few hundred distinct) formats each once; bounded by maxPlain.
	plain map[string][]byte
	// plainSrc is the last source a plain record named, and plainSrcField its field; scratch is
	// where plain records are put together.
	plainSrc, plainSrcField string
	scratch                 []byte
}

// New returns a Printer for w. Its styles come from a lipgloss renderer bound to w, never from the
// global one, so colour decisions follow the writer the command was given.
func New(w io.Writer, opts Options) *Printer {
	if opts.Width <= 0 {
		opts.Width = 80
	}
	// Nothing narrower can hold a code and a word; a narrower window gets ragged lines, not a crash.
	opts.Width = max(opts.Width, 20)
	p := &Printer{w: bufio.NewWriterSize(w, 32<<10), opts: opts}
	if opts.Format == Styled {
		p.st = newStyles(w, opts.Color, opts.Colors)
	}
	return p
}

// Flush writes out anything buffered.
func (p *Printer) Flush() error { return p.w.Flush() }

// Format returns the layout the printer writes.
func (p *Printer) Format() Format { return p.opts.Format }

// termenv's profiles, named here so that the project does not depend on termenv directly; lipgloss
// takes them as termenv.Profile, which these untyped constants convert to.
const (
	profileANSI256 = 1
	profileANSI    = 2
	profileASCII   = 3
)

type styles struct {
	code, name, message, meta, dim, badge, warn, bad, good, header, match lipgloss.Style
	border                                                                lipgloss.Style
	// plain is a style with no colour, from the same renderer, for wrapping styled text.
	plain lipgloss.Style
}

func newStyles(w io.Writer, color bool, colors int) styles {
	r := lipgloss.NewRenderer(w)
	// Colours are fixed rather than adaptive, and the palette is set, so lipgloss never queries the
	// terminal: the terminal package decided everything once.
	r.SetHasDarkBackground(true)
	switch {
	case !color:
		r.SetColorProfile(profileASCII)
	case colors == 16:
		r.SetColorProfile(profileANSI)
	default:
		r.SetColorProfile(profileANSI256)
	}
	s := r.NewStyle
	return styles{
		code:    s().Bold(true).Foreground(lipgloss.Color("39")),
		name:    s().Bold(true),
		message: s(),
		meta:    s().Foreground(lipgloss.Color("245")),
		dim:     s().Foreground(lipgloss.Color("245")).Italic(true),
		badge:   s().Foreground(lipgloss.Color("214")),
		warn:    s().Foreground(lipgloss.Color("214")).Bold(true),
		bad:     s().Foreground(lipgloss.Color("203")).Bold(true),
		good:    s().Foreground(lipgloss.Color("42")),
		header:  s().Bold(true).Foreground(lipgloss.Color("39")),
		match:   s().Underline(true).Foreground(lipgloss.Color("214")).Bold(true),
		border:  s().Foreground(lipgloss.Color("240")),
		plain:   s(),
	}
}

// tsv writes one plain record. Fields are escaped by the caller where they come from input; tabs and
// newlines inside catalogue text are flattened so a record is always one line.
func (p *Printer) tsv(fields ...string) { p.w.Write(appendTSV(p.w.AvailableBuffer(), fields...)) }

// appendTSV appends one tab-separated record: a field's own tabs and line breaks become spaces.
func appendTSV(b []byte, fields ...string) []byte {
	for i, f := range fields {
		if i > 0 {
			b = append(b, '\t')
		}
		b = append(b, flattenField(f)...)
	}
	return append(b, '\n')
}

// flattenField replaces the tabs and line breaks in a TSV field with spaces. (The loop is there
// because strings.ContainsAny builds its byte set on every call: this runs for every field.)
func flattenField(f string) string {
	for i := 0; i < len(f); i++ {
		if c := f[i]; c == '\t' || c == '\n' || c == '\r' {
			return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(f)
		}
	}
	return f
}

// jsonValue encodes v as JSON in which no character that could drive a terminal appears raw: on top
// of encoding/json's escaping of C0 controls, DEL, C1 controls and Unicode format characters (bidi
// overrides) are written as \u escapes. Such characters only ever occur inside strings, where the
// escape is equivalent.
func jsonValue(v any, indent string) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(indent, "  ")
	if err := enc.Encode(v); err != nil {
		// Only plain data types are encoded here; failing is a programming error.
		panic("render: " + err.Error())
	}
	b := bytes.TrimRight(buf.Bytes(), "\n")
	if !needsJSONEscape(b) {
		return b
	}
	var out bytes.Buffer
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == 0x7f || (r >= 0x80 && r <= 0x9f) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029' {
			const hex = "0123456789abcdef"
			out.WriteString(`\u`)
			out.WriteByte(hex[r>>12&0xf])
			out.WriteByte(hex[r>>8&0xf])
			out.WriteByte(hex[r>>4&0xf])
			out.WriteByte(hex[r&0xf])
		} else {
			out.Write(b[:size])
		}
		b = b[size:]
	}
	return out.Bytes()
}

func needsJSONEscape(b []byte) bool {
	for _, c := range b {
		if c >= 0x7f {
			return true
		}
	}
	return false
}

// measure is the width prose gets after indent columns: the terminal's, capped at proseWidth.
func (p *Printer) measure(indent int) int { return max(min(p.opts.Width, proseWidth)-indent, 10) }

// Wrap breaks text into lines of at most width columns at spaces. A word is never cut silently: one
// wider than the whole line is broken with a hyphen (see fill). cmd wraps its messages and help with
// it and with Hang, so that every line a person reads is broken the same way.
func Wrap(text string, width int) []string { return wrap(text, width) }

// Hang wraps text after lead, for a window width columns wide: the first line starts with lead, the
// others hang under the text at lead's width. A word that does not fit under the text gets a line of
// its own starting further left rather than being cut (see fill).
func Hang(lead, text string, width int) []string {
	col := lipgloss.Width(lead)
	var out []string
	for i, l := range fill(text, col, col, width, strings.TrimSpace(lead) != "") {
		switch {
		case i == 0 && l.col == col:
			out = append(out, strings.TrimRight(lead+l.text(text), " "))
		default:
			out = append(out, strings.Repeat(" ", l.col)+l.text(text))
		}
	}
	if len(out) == 0 {
		out = append(out, strings.TrimRight(lead, " "))
	}
	return out
}

func wrap(text string, width int) []string {
	var lines []string
	for _, l := range fill(text, 0, 0, width, false) {
		if l.start == l.end && !l.hyphen {
			continue
		}
		lines = append(lines, l.text(text))
	}
	return lines
}

// lineSpan is one line of wrapped text: text[start:end] written from column col, followed by a
// hyphen where a word wider than the window was broken.
type lineSpan struct {
	start, end int
	col        int
	hyphen     bool
}

func (l lineSpan) text(s string) string {
	if l.hyphen {
		return s[l.start:l.end] + "-"
	}
	return s[l.start:l.end]
}

// fill breaks text at white space into lines for a window width columns wide: the first line's text
// starts at column first (after a lead the caller writes), the others at column indent. A word is
// never cut to fit the indent: a long code name is what people copy, and half a name on each line
// reads as two words. A word that does not fit after the indent gets a line of its own starting
// further left, at the first of indent, 4, 2 and 0 columns that holds it; the line after it goes back
// to the indent. With lead, the first line follows text the caller wrote on it and cannot move: when
// its first word does not fit there, the first line is empty (the lead stands alone). Only a word wider than the whole window is broken, between the parts of a CamelCase
// name where it can be, and the break is marked with a hyphen: names decode with any separators, so
// the hyphenated name still decodes.
func fill(text string, first, indent, width int, lead bool) []lineSpan {
	width = max(width, 2)
	var out []lineSpan
	var cur *lineSpan
	w := 0 // the current line's width, from column 0
	col := first
	i := 0
	for i < len(text) {
		if text[i] == ' ' || text[i] == '\t' || text[i] == '\n' {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' {
			j++
		}
		ww := lipgloss.Width(text[i:j])
		if cur != nil && w+1+ww <= width {
			cur.end, w = j, w+1+ww
			i = j
			continue
		}
		if cur != nil {
			out = append(out, *cur)
			cur, col = nil, indent
		}
		if col+ww > width && len(out) == 0 && lead {
			// The lead leaves no room for this word: the lead stands alone.
			out = append(out, lineSpan{col: first})
			col = indent
		}
		at := -1
		for _, c := range []int{col, 4, 2, 0} {
			if c <= col && c+ww <= width {
				at = c
				break
			}
		}
		if at < 0 {
			// Wider than the window: break it, each piece at the left edge. A file's path or a
			// URL breaks after one of its slashes, unmarked: a hyphen would read as part of it.
			path := strings.ContainsAny(text[i:j], `/\`)
			for ww > width {
				k := breakAt(text[i:j], width-1, path)
				if path {
					k = breakAt(text[i:j], width, path)
				}
				out = append(out, lineSpan{start: i, end: i + k, hyphen: !path && text[i+k-1] != '-'})
				i += k
				ww = lipgloss.Width(text[i:j])
			}
			at = 0
		}
		cur = &lineSpan{start: i, end: j, col: at}
		w = at + ww
		i = j
	}
	if cur != nil {
		out = append(out, *cur)
	}
	return out
}

// breakAt is where to break a word that is wider than room columns: at the last CamelCase boundary
// (or after a separator; in a path, after a slash alone) that leaves at most room columns before
// it, if that keeps at least half of the room, else at the last rune that fits. Always at least
// one rune.
func breakAt(word string, room int, path bool) int {
	last, boundary, w := 0, 0, 0
	prev := rune(0)
	for k, r := range word {
		if k > 0 && path && (prev == '/' || prev == '\\') ||
			k > 0 && !path && (unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)) || prev == '_' || prev == '-' || prev == '.') {
			boundary = k
		}
		rw := lipgloss.Width(string(r))
		if w+rw > room {
			break
		}
		w += rw
		last = k + utf8.RuneLen(r)
		prev = r
	}
	if last == 0 {
		_, size := utf8.DecodeRuneInString(word)
		return size
	}
	if boundary > 0 && lipgloss.Width(word[:boundary])*2 >= room {
		return boundary
	}
	return last
}

// truncate shortens s to width columns, marking the cut with "…".
func truncate(s string, width int) string {
	if lipgloss.Width(s) <= width {
		return s
	}
	if width <= 1 {
		return "…"
	}
	var b strings.Builder
	w := 0
	for _, r := range s {
		rw := lipgloss.Width(string(r))
		if w+rw > width-1 {
			break
		}
		b.WriteRune(r)
		w += rw
	}
	return strings.TrimRight(b.String(), " ") + "…"
}

func lipglossWidth(s string) int { return lipgloss.Width(s) }

// hanging writes lead, then text (which may already carry styles) wrapped to the width with its
// continuation lines starting at column col, lead's width.
func (p *Printer) hanging(lead string, col int, text string) {
	w := max(p.opts.Width-col, 10)
	for i, l := range strings.Split(p.st.plain.Width(w).Render(text), "\n") {
		l = strings.TrimRight(l, " ")
		if i == 0 {
			p.w.WriteString(lead + l + "\n")
		} else {
			p.w.WriteString(strings.Repeat(" ", col) + l + "\n")
		}
	}
}
