package page

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
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

type event struct {
	text   string
	rel    relation
	inMain bool
}

// ParseHTML reads Confluence storage format (body.storage) or an HTML export of the page. Every
// block element and <br /> ends a line; inside a list item the lines belong to one item, and a new
// <li> starts another, which is how the layout of each section is read. Code blocks (CDATA) keep
// their line breaks. In an export, only the page body (id="main-content") is read when present, so
// breadcrumbs and the footer are not taken for messages.
func ParseHTML(r io.Reader) (*Page, error) { return parseHTML(r, Options{}) }

func parseHTML(r io.Reader, o Options) (*Page, error) {
	z := html.NewTokenizer(io.LimitReader(r, MaxInput+1))
	z.AllowCDATA(true)
	z.SetMaxBuf(4 << 20)

	var (
		events    []event
		cur       strings.Builder
		next      = relSoft
		liDepth   int
		skipDepth int
		preDepth  int
		depth     int
		mainDepth = -1
		sawMain   bool
		total     int
	)
	flush := func(rel relation) {
		if t := strings.TrimSpace(cur.String()); t != "" {
			events = append(events, event{text: t, rel: next, inMain: mainDepth >= 0})
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
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			err := z.Err()
			if errors.Is(err, io.EOF) {
				flush(relSoft)
				return replay(events, sawMain, o)
			}
			if errors.Is(err, html.ErrBufferExceeded) {
				return nil, fmt.Errorf("%w: a markup token over 4 MiB", ErrTooLarge)
			}
			return nil, err
		case html.TextToken:
			if skipDepth > 0 {
				continue
			}
			raw := z.Text()
			total += len(raw)
			if total > MaxInput {
				return nil, fmt.Errorf("%w: more than %d MiB", ErrTooLarge, MaxInput>>20)
			}
			text := string(raw)
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
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			isMain := false
			if tt == html.StartTagToken && hasAttr {
				for {
					k, v, more := z.TagAttr()
					if string(k) == "id" && string(v) == "main-content" {
						isMain = true
					}
					if !more {
						break
					}
				}
			}
			voidTag := tt == html.SelfClosingTagToken || tag == "br" || tag == "hr" || tag == "img" || tag == "meta" || tag == "link" || tag == "input"
			if tt == html.StartTagToken && !voidTag {
				depth++
				if depth > 10000 {
					return nil, fmt.Errorf("%w: markup nested over 10000 deep", ErrTooLarge)
				}
			}
			if skipped(tag) {
				switch {
				case tt == html.StartTagToken:
					skipDepth++
				case tt == html.EndTagToken && skipDepth > 0:
					skipDepth--
				}
				if tt != html.SelfClosingTagToken {
					if tt == html.EndTagToken {
						depth--
					}
					continue
				}
			}
			if skipDepth > 0 {
				if tt == html.EndTagToken {
					depth--
				}
				continue
			}
			switch {
			case tag == "br":
				flush(relSame)
			case (tag == "li" || tag == "tr") && tt == html.StartTagToken:
				flush(relSoft)
				liDepth++
				next = relOther
			case (tag == "li" || tag == "tr") && tt == html.EndTagToken:
				flush(relSoft)
				if liDepth > 0 {
					liDepth--
				}
				next = relOther
			case tag == "pre" || tag == "ac:plain-text-body":
				flush(boundary())
				if tt == html.StartTagToken {
					preDepth++
				} else if tt == html.EndTagToken && preDepth > 0 {
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
			if tt == html.EndTagToken {
				if mainDepth >= 0 && depth == mainDepth {
					flush(relSoft)
					mainDepth = -1
				}
				depth--
			}
		}
	}
}

func replay(events []event, onlyMain bool, o Options) (*Page, error) {
	b := newBuilder(Storage, o)
	for i, e := range events {
		if onlyMain && !e.inMain {
			continue
		}
		if err := b.line(e.text, e.rel, i+1); err != nil {
			return nil, err
		}
	}
	p := b.finish()
	if onlyMain {
		p.Form = HTML
	}
	return p, nil
}
