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
	z := newTokenizer(r)

	var (
		// Lines go to two builders as they come, so memory stays bounded by the entries, not the
		// input: one reads everything, one only the page body of an export (id="main-content").
		all       = newBuilder(Storage, o)
		body      = newBuilder(HTML, o)
		lineNo    int
		lineErr   error
		cur       strings.Builder
		next      = relSoft
		liDepth   int
		skipDepth int
		preDepth  int
		depth     int
		mainDepth = -1
		sawMain   bool
		// hDepth counts open <h1>-<h6>: their text is a heading, never a message.
		hDepth int
		// A macro whose title is the "Not implemented yet" note: its body is part of the note.
		noteDepth = -1
		title     bool
		param     strings.Builder
		// The cells of a table row, collected to read a row of separate Name | Code | Message cells
		// as one entry.
		tableDepth int
		rowDepth   int // tableDepth of the row being collected, 0 when none
		cells      []cell
		inCell     bool
	)
	each := func(f func(b *builder) error) {
		if err := f(all); err != nil && lineErr == nil {
			lineErr = err
		}
		if mainDepth >= 0 {
			if err := f(body); err != nil && lineErr == nil {
				lineErr = err
			}
		}
	}
	emit := func(t string, rel relation) {
		lineNo++
		n := lineNo
		switch {
		case noteDepth >= 0:
			each(func(b *builder) error { b.note(); return nil })
		case hDepth > 0:
			each(func(b *builder) error { return b.headingText(t, n) })
		default:
			each(func(b *builder) error { return b.line(t, rel, n) })
		}
	}
	flush := func(rel relation) {
		if t := strings.TrimSpace(cur.String()); t != "" {
			if inCell && len(cells) > 0 && len(cells[len(cells)-1].lines) < maxCellLines {
				c := &cells[len(cells)-1]
				c.lines = append(c.lines, t)
			} else if !inCell {
				emit(t, next)
			}
			next = rel
		} else if rel == relOther || next == relSoft {
			next = rel
		}
		cur.Reset()
	}
	// endRow gives the builders a collected row: "Name = code" and the message when the cells are
	// a name, a number and text; otherwise each cell's lines as one list item.
	endRow := func() {
		rowDepth, inCell = 0, false
		lines, header := rowLines(cells)
		cells = cells[:0]
		for i, t := range lines {
			rel := relSame
			if i == 0 {
				rel = relOther
			}
			if header {
				each(func(b *builder) error { b.brk(); return nil })
				continue
			}
			emit(t, rel)
		}
		next = relOther
	}
	boundary := func() relation {
		if liDepth > 0 {
			return relSame
		}
		return relSoft
	}
	for lineErr == nil {
		tt := z.Next()
		switch tt {
		case errorToken:
			err := z.Err()
			if errors.Is(err, io.EOF) {
				flush(relSoft)
				if rowDepth > 0 {
					endRow()
				}
				if lineErr != nil {
					return nil, lineErr
				}
				if sawMain {
					return body.finish(), nil
				}
				return all.finish(), nil
			}
			return nil, err
		case textToken:
			if skipDepth > 0 {
				if title && skipDepth == 1 && param.Len() < 200 {
					param.WriteString(z.Text())
				}
				continue
			}
			text := z.Text()
			if preDepth > 0 {
				// Code blocks keep their lines.
				lines := strings.Split(text, "\n")
				for i, l := range lines {
					if i > 0 {
						flush(relSoft)
					}
					cur.WriteString(l)
				}
				continue
			}
			if cur.Len() < maxLine {
				cur.WriteString(text)
			}
		case startTagToken, endTagToken, selfClosingTagToken:
			tag := z.TagName()
			isMain := false
			if tt == startTagToken {
				id, _ := z.Attr("id")
				isMain = id == "main-content"
			}
			voidTag := tt == selfClosingTagToken || tag == "br" || tag == "hr" || tag == "img" || tag == "meta" || tag == "link" || tag == "input"
			if tt == startTagToken && !voidTag {
				depth++
				if depth > 10000 {
					return nil, fmt.Errorf("%w: markup nested over 10000 deep", ErrTooLarge)
				}
			}
			if skipped(tag) {
				switch {
				case tt == startTagToken:
					if skipDepth == 0 && tag == "ac:parameter" {
						name, _ := z.Attr("ac:name")
						title = name == "title"
						param.Reset()
					}
					skipDepth++
				case tt == endTagToken && skipDepth > 0:
					skipDepth--
					if skipDepth == 0 && title {
						// An info panel titled "Not implemented yet": the panel is the note.
						if _, ok := cutNote(clean(param.String())); ok && noteDepth < 0 {
							flush(boundary())
							noteDepth = depth - 1
							each(func(b *builder) error { b.note(); return nil })
						}
						title = false
					}
				}
				if tt != selfClosingTagToken {
					if tt == endTagToken {
						depth--
					}
					continue
				}
			}
			if skipDepth > 0 {
				if tt == endTagToken {
					depth--
				}
				continue
			}
			isHeading := len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
			switch {
			case tag == "br":
				flush(relSame)
			case tag == "table" && tt == startTagToken:
				flush(boundary())
				tableDepth++
			case tag == "table" && tt == endTagToken:
				flush(boundary())
				if rowDepth > 0 && rowDepth == tableDepth {
					endRow()
				}
				if tableDepth > 0 {
					tableDepth--
				}
			case tag == "tr" && tt == startTagToken && tableDepth == 1 && noteDepth < 0:
				flush(relSoft)
				if rowDepth > 0 {
					endRow() // the row before was not closed
				}
				rowDepth, next = tableDepth, relOther
			case tag == "tr" && tt == endTagToken && rowDepth > 0 && tableDepth == rowDepth:
				flush(relSoft)
				endRow()
			case (tag == "td" || tag == "th") && rowDepth > 0 && tableDepth == rowDepth:
				flush(relSame)
				inCell = tt == startTagToken
				if inCell && len(cells) < maxCells {
					cells = append(cells, cell{th: tag == "th"})
				}
			case (tag == "li" || tag == "tr") && tt == startTagToken:
				flush(relSoft)
				liDepth++
				next = relOther
			case (tag == "li" || tag == "tr") && tt == endTagToken:
				flush(relSoft)
				if liDepth > 0 {
					liDepth--
				}
				next = relOther
			case tag == "pre" || tag == "ac:plain-text-body":
				flush(boundary())
				if tt == startTagToken {
					preDepth++
				} else if tt == endTagToken && preDepth > 0 {
					preDepth--
				}
			case isHeading:
				flush(relSoft)
				if tt == startTagToken {
					hDepth++
				} else if tt == endTagToken && hDepth > 0 {
					hDepth--
				}
			case isBlock(tag):
				flush(boundary())
			}
			if isMain {
				sawMain = true
				mainDepth = depth
			}
			if tt == endTagToken {
				if mainDepth >= 0 && depth == mainDepth {
					flush(relSoft)
					mainDepth = -1
				}
				if depth == noteDepth {
					flush(relSoft)
					noteDepth = -1
				}
				depth--
			}
		}
	}
	return nil, lineErr
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
