package main

import (
	"bytes"
	"strings"

	"github.com/mtapi-cli/mtapi/internal/headers"
)

// formatsDoc writes docs/formats.md from the reader table of internal/headers: the list can never
// drift from what `mtapi headers --formats` prints.
func formatsDoc() []byte {
	var b bytes.Buffer
	b.WriteString(`# The formats mtapi headers reads

<!-- Generated from the reader table (internal/headers/readers.go) by internal/tools/gendocs; do not
edit. go generate ./... rewrites it, and a test fails when it is stale. -->

` + "`mtapi headers`" + ` reads an input with one reader per family of formats. The readers are tried in the
order below: the JSON reader claims a whole document from its first lines; a marker reader claims
the input at a line only its tool prints (curl's ` + "`=> Send header`" + `, nghttp's ` + "`recv (stream_id=1)`" + `,
` + "`#Fields:`" + `) and keeps it; the other lines go to the line readers. Whatever the reader, one rule decides
what counts:

- only a response's own field named ` + "`mtapistatus`" + ` (any case);
- never anything on the request side (request headers, a request printed by a program, a command
  line), never text inside another field's value, never a body;
- a header block counts when something says it is a response: a status line, the tool's own
  response marker, or its place after the request it answers. Where the input shows no request at
  all (a pasted header block, a JSON object of headers), its header block counts.

` + "`mtapi headers --formats`" + ` prints this list; ` + "`--format NAME`" + ` reads an input with that reader only, as
Wireshark's "Decode As" does; ` + "`--explain`" + ` says on standard error which reader claimed which lines and
why each value counted or not.

| format | reads | printed by |
|---|---|---|
`)
	for _, f := range headers.Formats() {
		b.WriteString("| `" + f.Name + "` | " + cell(f.About) + " | " + cell(f.Tools) + " |\n")
	}
	return b.Bytes()
}

// cell escapes what would break a Markdown table cell.
func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
