package render

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/mtapi-cli/mtapi/internal/escape"
	"github.com/mtapi-cli/mtapi/internal/headers"
)

// Explain is one step of `mtapi headers --explain` as --json writes it on stderr:
// {"schema_version": 1, "explain": {...}}, one object per line.
type Explain struct {
	// Input is the file name, or "-" for standard input.
	Input  string `json:"input"`
	Line   int    `json:"line"`
	Reader string `json:"reader"`
	Event  string `json:"event"`
	Text   string `json:"text,omitempty"`
	Why    string `json:"why"`
}

type explainLine struct {
	SchemaVersion int      `json:"schema_version"`
	Explain       *Explain `json:"explain"`
}

// ExplainLine is one --explain step for stderr, with its newline: for a person,
//
//	explain: file.txt:7: http: counted "617020": the response's own mtapistatus field
//
// or, under --json, one JSON object. What the input holds is escaped: no raw control byte reaches
// the terminal.
func ExplainLine(input string, e headers.Explanation, asJSON bool) []byte {
	if asJSON {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		x := &Explain{Input: escape.String(input), Line: e.Line, Reader: e.Reader, Event: e.Event, Text: escape.String(e.Text), Why: e.Why}
		if err := enc.Encode(explainLine{SchemaVersion: SchemaVersion, Explain: x}); err != nil {
			panic(err) // strings and numbers only
		}
		return b.Bytes()
	}
	name := "stdin"
	if input != "-" {
		name = escape.String(input)
	}
	b := make([]byte, 0, 128)
	b = append(b, "explain: "...)
	b = append(b, name...)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(e.Line), 10)
	b = append(b, ": "...)
	b = append(b, e.Reader...)
	b = append(b, ": "...)
	b = append(b, e.Event...)
	if e.Text != "" {
		b = append(b, ' ')
		// (Go quoting: the text's own quotes and control bytes escaped.)
		b = strconv.AppendQuote(b, e.Text)
	}
	b = append(b, ": "...)
	b = append(b, e.Why...)
	return append(b, '\n')
}

// Formats lists the readers of `mtapi headers`, one line each (--formats): name and what it reads;
// under --json, {"schema_version": 1, "formats": [{"name", "about", "tools"}]}.
func (p *Printer) Formats(fs []headers.Format) {
	switch p.opts.Format {
	case JSON:
		type format struct {
			Name  string `json:"name"`
			About string `json:"about"`
			Tools string `json:"tools"`
		}
		doc := struct {
			SchemaVersion int      `json:"schema_version"`
			Formats       []format `json:"formats"`
		}{SchemaVersion: SchemaVersion}
		for _, f := range fs {
			doc.Formats = append(doc.Formats, format{f.Name, f.About, f.Tools})
		}
		p.w.Write(jsonValue(doc, ""))
		return
	case Plain:
		for _, f := range fs {
			p.tsv(f.Name, f.About)
		}
		return
	}
	w := 0
	for _, f := range fs {
		w = max(w, len(f.Name))
	}
	for _, f := range fs {
		p.hanging(p.st.name.Render(f.Name)+strings.Repeat(" ", w-len(f.Name)+2), w+2, f.About)
	}
}
