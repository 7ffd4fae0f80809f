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
func (p *Printer) tsv(fields ...string) {
	for i, f := range fields {
		if i > 0 {
			p.w.WriteByte('\t')
		}
		p.w.WriteString(flattenField(f))
	}
	p.w.WriteByte('\n')
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

// Wrap breaks text into lines of at most width columns at spaces; a word longer than a line is cut.
// cmd wraps its messages and help with it, so that every line a person reads is broken the same way.
func Wrap(text string, width int) []string { return wrap(text, width) }

func wrap(text string, width int) []string {
	var lines []string
	for _, r := range wrapRanges(text, width) {
		lines = append(lines, text[r[0]:r[1]])
	}
	return lines
}

// wrapRanges is wrap as byte ranges of text, so that highlighted spans can follow the lines.
func wrapRanges(text string, width int) [][2]int {
	width = max(width, 1)
	var out [][2]int
	start, end, w := -1, -1, 0 // the current line's range and width
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
		switch {
		case start >= 0 && w+1+ww <= width:
			end, w = j, w+1+ww
		default:
			if start >= 0 {
				out = append(out, [2]int{start, end})
			}
			// A word wider than the line is cut at the width, rune by rune.
			for ww > width {
				k, cw := i, 0
				for k < j {
					_, size := utf8.DecodeRuneInString(text[k:])
					rw := lipgloss.Width(text[k : k+size])
					if cw+rw > width && k > i {
						break
					}
					cw += rw
					k += size
				}
				out = append(out, [2]int{i, k})
				i = k
				ww = lipgloss.Width(text[i:j])
			}
			start, end, w = i, j, ww
		}
		i = j
	}
	if start >= 0 && end > start {
		out = append(out, [2]int{start, end})
	}
	return out
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
