// Package render writes results for people and for scripts: lipgloss-styled cards and tables on a
// terminal, stable tab-separated lines when piped, and JSON. It never decides anything about the data;
// it only lays out what decode, search and headers produced.
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
	// Width is the terminal width the Styled layout wraps to.
	Width int
}

// Printer writes one command's output to w. Call Flush when done.
type Printer struct {
	w    *bufio.Writer
	opts Options
	st   styles
	// items counts the JSON array elements or styled cards written so far.
	items int
}

// New returns a Printer for w. Its styles come from a lipgloss renderer bound to w, never from the
// global one, so colour decisions follow the writer the command was given.
func New(w io.Writer, opts Options) *Printer {
	if opts.Width <= 0 {
		opts.Width = 80
	}
	p := &Printer{w: bufio.NewWriterSize(w, 32<<10), opts: opts}
	if opts.Format == Styled {
		p.st = newStyles(w, opts.Color)
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
	profileASCII   = 3
)

type styles struct {
	code, name, message, meta, dim, badge, warn, bad, good, header, match lipgloss.Style
	border                                                                lipgloss.Style
}

func newStyles(w io.Writer, color bool) styles {
	r := lipgloss.NewRenderer(w)
	// Colours are fixed rather than adaptive so lipgloss never queries the terminal's background,
	// which costs a round trip on every start.
	r.SetHasDarkBackground(true)
	if !color {
		r.SetColorProfile(profileASCII)
	} else if r.ColorProfile() == profileASCII {
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
	}
}

// tsv writes one plain record. Fields are escaped by the caller where they come from input; tabs and
// newlines inside catalogue text are flattened so a record is always one line.
func (p *Printer) tsv(fields ...string) {
	for i, f := range fields {
		if i > 0 {
			p.w.WriteByte('\t')
		}
		if strings.ContainsAny(f, "\t\n\r") {
			f = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(f)
		}
		p.w.WriteString(f)
	}
	p.w.WriteByte('\n')
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

// wrap breaks text into lines of at most width columns at spaces.
func wrap(text string, width int) []string {
	if width < 20 {
		width = 20
	}
	var lines []string
	var line strings.Builder
	for _, word := range strings.Fields(text) {
		if line.Len() > 0 && lipgloss.Width(line.String())+1+lipgloss.Width(word) > width {
			lines = append(lines, line.String())
			line.Reset()
		}
		if line.Len() > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(word)
	}
	if line.Len() > 0 {
		lines = append(lines, line.String())
	}
	return lines
}
