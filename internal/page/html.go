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

// ParseHTML reads Confluence storage format (body.storage) or an HTML export of the page. Every
// block element and <br /> ends a line; inside a list item the lines belong to one item, and a new
// <li> starts another, which is how the layout of each section is read. Code blocks (CDATA) keep
// their line breaks. In an export, only the page body (id="main-content") is read when present, so
// breadcrumbs and the footer are not taken for messages.
func ParseHTML(r io.Reader) (*Page, error) { return parseHTML(r, Options{}) }

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
	)
	flush := func(rel relation) {
		if t := strings.TrimSpace(cur.String()); t != "" {
			lineNo++
			if err := all.line(t, next, lineNo); err != nil && lineErr == nil {
				lineErr = err
			}
			if mainDepth >= 0 {
				if err := body.line(t, next, lineNo); err != nil && lineErr == nil {
					lineErr = err
				}
			}
			next = rel
		} else if rel == relOther || next == relSoft {
			next = rel
		}
		cur.Reset()
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
					skipDepth++
				case tt == endTagToken && skipDepth > 0:
					skipDepth--
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
			switch {
			case tag == "br":
				flush(relSame)
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
			case isBlock(tag):
				if strings.HasPrefix(tag, "h") && len(tag) == 2 {
					flush(relSoft)
				} else {
					flush(boundary())
				}
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
				depth--
			}
		}
	}
	return nil, lineErr
}
