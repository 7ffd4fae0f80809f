package page

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// skipped reports elements whose text is never page content: macro parameters (an info panel's
// title), Cloud panels' attribute elements and fallback copies, scripts, styles and the document head.
func skipped(tag string) bool {
	switch tag {
	case "script", "style", "head", "title", "noscript", "template",
		"ac:parameter", "ac:placeholder", "ac:adf-attribute", "ac:adf-fallback":
		return true
	}
	return false
}

// block reports elements that end a line of text.
func isBlock(tag string) bool {
	switch tag {
	case "p", "div", "li", "ul", "ol", "table", "tr", "td", "th", "tbody", "thead", "h1", "h2", "h3",
		"h4", "h5", "h6", "pre", "blockquote", "section", "article", "body", "dl", "dt", "dd", "hr",
		"ac:structured-macro", "ac:macro", "ac:rich-text-body", "ac:plain-text-body", "ac:layout",
		"ac:layout-section", "ac:layout-cell", "ac:task", "ac:adf-extension", "ac:adf-node", "ac:adf-content":
		return true
	}
	return false
}

// parseHTML reads Confluence storage format (body.storage) or an HTML export of the page. Every
// block element and <br /> ends a line; inside a list item the lines belong to one item, and a new
// <li> starts another, which is how the layout of each section is read. Code blocks (CDATA) keep
// their line breaks. In an export, only the page body (id="main-content") is read when present, so
// breadcrumbs and the footer are not taken for messages.
func parseHTML(r io.Reader, o Options) (*Page, error) {
	h := &htmlReader{z: newTokenizer(r), all: newBuilder(Storage, o), body: newBuilder(HTML, o),
		next: relSoft, mainDepth: -1, noteDepth: -1}
	for h.lineErr == nil {
		switch tt := h.z.Next(); tt {
		case errorToken:
			return h.end()
		case textToken:
			h.text()
		case startTagToken, endTagToken, selfClosingTagToken:
			if err := h.tag(tt); err != nil {
				return nil, err
			}
		}
	}
	return nil, h.lineErr
}

// htmlReader turns markup into the lines the builders read.
type htmlReader struct {
	z *tokenizer
	// Lines go to two builders as they come, so memory stays bounded by the entries, not the
	// input: one reads everything, one only the page body of an export (id="main-content").
	all, body *builder
	lineNo    int
	lineErr   error
	cur       strings.Builder
	next      relation
	liDepth   int
	skipDepth int
	preDepth  int
	depth     int
	mainDepth int
	sawMain   bool
	// hDepth counts open <h1>-<h6>: their text is a heading, never a message.
	hDepth int
	// A macro whose title is the "Not implemented yet" note: its body is part of the note.
	noteDepth int
	title     bool
	param     strings.Builder
	// The cells of a table row, collected to read a row of separate Name | Code | Message cells
	// as one entry.
	tableDepth int
	rowDepth   int // tableDepth of the row being collected, 0 when none
	cells      []cell
	inCell     bool
}

// end finishes the page at the end of the input.
func (h *htmlReader) end() (*Page, error) {
	if err := h.z.Err(); !errors.Is(err, io.EOF) {
		return nil, err
	}
	h.flush(relSoft)
	if h.rowDepth > 0 {
		h.endRow()
	}
	if h.lineErr != nil {
		return nil, h.lineErr
	}
	if h.sawMain {
		return h.body.finish(), nil
	}
	return h.all.finish(), nil
}

// each gives f both builders (the body's only inside the page body).
func (h *htmlReader) each(f func(b *builder) error) {
	if err := f(h.all); err != nil && h.lineErr == nil {
		h.lineErr = err
	}
	if h.mainDepth >= 0 {
		if err := f(h.body); err != nil && h.lineErr == nil {
			h.lineErr = err
		}
	}
}

// emit gives the builders one line: the note, a heading or a line of the page.
func (h *htmlReader) emit(t string, rel relation) {
	h.lineNo++
	n := h.lineNo
	switch {
	case h.noteDepth >= 0:
		h.each(func(b *builder) error { b.note(); return nil })
	case h.hDepth > 0:
		h.each(func(b *builder) error { return b.headingText(t, n) })
	default:
		h.each(func(b *builder) error { return b.line(t, rel, n) })
	}
}

// flush ends the line being collected; rel is how the next line relates to it.
func (h *htmlReader) flush(rel relation) {
	if t := strings.TrimSpace(h.cur.String()); t != "" {
		if h.inCell && len(h.cells) > 0 && len(h.cells[len(h.cells)-1].lines) < maxCellLines {
			c := &h.cells[len(h.cells)-1]
			c.lines = append(c.lines, t)
		} else if !h.inCell {
			h.emit(t, h.next)
		}
		h.next = rel
	} else if rel == relOther || h.next == relSoft {
		h.next = rel
	}
	h.cur.Reset()
}

// endRow gives the builders a collected row: "Name = code" and the message when the cells are a
// name, a number and text; otherwise each cell's lines as one list item.
func (h *htmlReader) endRow() {
	h.rowDepth, h.inCell = 0, false
	lines, header := rowLines(h.cells)
	h.cells = h.cells[:0]
	for i, t := range lines {
		rel := relSame
		if i == 0 {
			rel = relOther
		}
		if header {
			h.each(func(b *builder) error { b.brk(); return nil })
			continue
		}
		h.emit(t, rel)
	}
	h.next = relOther
}

// boundary is how the line after a block element relates to the one before: the same list item
// inside one, else undecided.
func (h *htmlReader) boundary() relation {
	if h.liDepth > 0 {
		return relSame
	}
	return relSoft
}

// text reads a text token: a panel's title, a code block's lines or a line's text.
func (h *htmlReader) text() {
	if h.skipDepth > 0 {
		if h.title && h.skipDepth == 1 && h.param.Len() < 200 {
			h.param.WriteString(h.z.Text())
		}
		return
	}
	text := h.z.Text()
	if h.preDepth > 0 {
		// Code blocks keep their lines.
		for i, l := range strings.Split(text, "\n") {
			if i > 0 {
				h.flush(relSoft)
			}
			h.cur.WriteString(l)
		}
		return
	}
	if h.cur.Len() < maxLine {
		h.cur.WriteString(text)
	}
}

// tag reads a start, end or self-closing tag.
func (h *htmlReader) tag(tt tokenType) error {
	tag := h.z.TagName()
	isMain := false
	if tt == startTagToken {
		id, _ := h.z.Attr("id")
		isMain = id == "main-content"
	}
	voidTag := tt == selfClosingTagToken || tag == "br" || tag == "hr" || tag == "img" || tag == "meta" || tag == "link" || tag == "input"
	if tt == startTagToken && !voidTag {
		h.depth++
		if h.depth > 10000 {
			return fmt.Errorf("%w: markup nested over 10000 deep", ErrTooLarge)
		}
	}
	if skipped(tag) && h.skippedTag(tt, tag) {
		return nil
	}
	if h.skipDepth > 0 {
		if tt == endTagToken {
			h.depth--
		}
		return nil
	}
	h.structure(tt, tag)
	if isMain {
		h.sawMain = true
		h.mainDepth = h.depth
	}
	if tt == endTagToken {
		if h.mainDepth >= 0 && h.depth == h.mainDepth {
			h.flush(relSoft)
			h.mainDepth = -1
		}
		if h.depth == h.noteDepth {
			h.flush(relSoft)
			h.noteDepth = -1
		}
		h.depth--
	}
	return nil
}

// skippedTag follows a tag whose content is not the page's text (a macro's parameters, scripts),
// catching an info panel titled "Not implemented yet". It reports whether the tag is done with.
func (h *htmlReader) skippedTag(tt tokenType, tag string) bool {
	switch {
	case tt == startTagToken:
		if h.skipDepth == 0 && tag == "ac:parameter" {
			name, _ := h.z.Attr("ac:name")
			h.title = name == "title"
			h.param.Reset()
		}
		h.skipDepth++
	case tt == endTagToken && h.skipDepth > 0:
		h.skipDepth--
		if h.skipDepth == 0 && h.title {
			// An info panel titled "Not implemented yet": the panel is the note.
			if _, ok := cutNote(clean(h.param.String())); ok && h.noteDepth < 0 {
				h.flush(h.boundary())
				h.noteDepth = h.depth - 1
				h.each(func(b *builder) error { b.note(); return nil })
			}
			h.title = false
		}
	}
	if tt == selfClosingTagToken {
		return false
	}
	if tt == endTagToken {
		h.depth--
	}
	return true
}

// structure follows the elements that end lines and group them: breaks, tables, list items, code
// blocks, headings and other blocks.
func (h *htmlReader) structure(tt tokenType, tag string) {
	isHeading := len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
	switch {
	case tag == "br":
		h.flush(relSame)
	case h.tableTag(tt, tag):
	case (tag == "li" || tag == "tr") && tt == startTagToken:
		h.flush(relSoft)
		h.liDepth++
		h.next = relOther
	case (tag == "li" || tag == "tr") && tt == endTagToken:
		h.flush(relSoft)
		if h.liDepth > 0 {
			h.liDepth--
		}
		h.next = relOther
	case tag == "pre" || tag == "ac:plain-text-body":
		h.flush(h.boundary())
		h.preDepth = nest(h.preDepth, tt)
	case isHeading:
		h.flush(relSoft)
		h.hDepth = nest(h.hDepth, tt)
	case isBlock(tag):
		h.flush(h.boundary())
	}
}

// nest counts an element's depth up at its start tag and down at its end tag.
func nest(depth int, tt tokenType) int {
	if tt == startTagToken {
		return depth + 1
	}
	if tt == endTagToken && depth > 0 {
		return depth - 1
	}
	return depth
}

// tableTag follows the tags of a table whose rows are read as entries, and reports whether tag was
// one of them.
func (h *htmlReader) tableTag(tt tokenType, tag string) bool {
	switch {
	case tag == "table" && tt == startTagToken:
		h.flush(h.boundary())
		h.tableDepth++
	case tag == "table" && tt == endTagToken:
		h.flush(h.boundary())
		if h.rowDepth > 0 && h.rowDepth == h.tableDepth {
			h.endRow()
		}
		if h.tableDepth > 0 {
			h.tableDepth--
		}
	case tag == "tr" && tt == startTagToken && h.tableDepth == 1 && h.noteDepth < 0:
		h.flush(relSoft)
		if h.rowDepth > 0 {
			h.endRow() // the row before was not closed
		}
		h.rowDepth, h.next = h.tableDepth, relOther
	case tag == "tr" && tt == endTagToken && h.rowDepth > 0 && h.tableDepth == h.rowDepth:
		h.flush(relSoft)
		h.endRow()
	case (tag == "td" || tag == "th") && h.rowDepth > 0 && h.tableDepth == h.rowDepth:
		h.flush(relSame)
		h.inCell = tt == startTagToken
		if h.inCell && len(h.cells) < maxCells {
			h.cells = append(h.cells, cell{th: tag == "th"})
		}
	default:
		return false
	}
	return true
}

// Bounds on a collected table row.
const (
	maxCells     = 16
	maxCellLines = 16
)

type cell struct {
	th    bool
	lines []string
}

// rowLines is what a table row gives: a row of a name cell, a number cell and text cells becomes
// "Name = code" and the text; any other row its cells' lines. header is set for a row of header
// cells only ("Name | Code | Message"), which is nobody's message.
func rowLines(cells []cell) (lines []string, header bool) {
	name, code := -1, -1
	header = len(cells) > 0
	for i, c := range cells {
		header = header && c.th
		if len(c.lines) != 1 {
			continue
		}
		t := strings.TrimSuffix(strings.TrimSpace(c.lines[0]), ",")
		if _, ok := digits(t); ok && len(t) >= minCodeDigits && code < 0 {
			code = i
		} else if isName(t) && name < 0 {
			name = i
		}
	}
	if name >= 0 && code >= 0 {
		lines = append(lines, strings.TrimSuffix(cells[name].lines[0], ",")+" = "+strings.TrimSuffix(cells[code].lines[0], ","))
		for i, c := range cells {
			if i != name && i != code {
				lines = append(lines, c.lines...)
			}
		}
		return lines, false
	}
	for _, c := range cells {
		lines = append(lines, c.lines...)
	}
	if header {
		for _, l := range lines {
			if strings.Contains(l, "=") || strings.Contains(l, "(") {
				header = false
			}
		}
	}
	return lines, header
}

// isName reports an identifier: letters, digits and underscores, not starting with a digit.
func isName(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isIdent(s[i]) {
			return false
		}
	}
	return true
}
