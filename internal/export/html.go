package export

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"text/template"
	"time"

	"github.com/mtapi-cli/mtapi/codes"
)

//go:embed page/page.tmpl page/page.css page/page.js
var pageFiles embed.FS

// MaxPageSize is the size the html page must stay under; a test holds it.
const MaxPageSize = 400 << 10

//go:generate go test -run TestCSPHashesAreCurrent -update-csp

// pageTemplate is text/template, not html/template: text/template is in the binary anyway (cobra's
// help), while html/template would add its own package initialisation to every start of mtapi. So
// the template escapes by hand: every string from the catalogue goes through h (htmlEscape), in
// element text or a double-quoted attribute, the only two places the template puts one; the style,
// script and CSP are the embedded static files and their hashes, written as they are.
var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page.tmpl").Funcs(template.FuncMap{"h": htmlEscape}).ParseFS(pageFiles, "page/page.tmpl"))
})

// htmlEscape makes s safe as element text and as a double-quoted attribute value. It escapes what
// html/template's HTML escaper does, to the same entities (so the page did not change when the
// package did): & < > " ' and + (UTF-7), and NUL becomes U+FFFD. Nothing can then end the element or
// the attribute, or start a tag, a comment or a character reference: "</script>" is "&lt;/script&gt;".
// U+2028 and U+2029 need nothing: they end lines only in JavaScript, and no catalogue text is written
// into the script.
func htmlEscape(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		var r string
		switch s[i] {
		case '&':
			r = "&amp;"
		case '<':
			r = "&lt;"
		case '>':
			r = "&gt;"
		case '"':
			r = "&#34;"
		case '\'':
			r = "&#39;"
		case '+':
			r = "&#43;"
		case 0:
			r = "\ufffd"
		default:
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s) + 16)
		}
		b.WriteString(s[last:i])
		b.WriteString(r)
		last = i + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

type pageData struct {
	CSP               string
	Style             string
	Script            string
	Version, Revision string
	Generated         string
	Groups            []pageGroup
	Entries           []codes.Entry
}

type pageGroup struct {
	Key, Title, Range, Sub string
	Entries                []pageEntry
}

type pageEntry struct {
	ID, Name, Message, State, Controller, Group string
	Code, Printed                               int
	Badge, SupersededBy, Where, Seen            string
	Explain, Note                               string
	// Repeat marks an explanation already on the number's first card: hidden while that card is
	// shown just above, shown when the card stands alone (a search, a filter).
	Repeat bool
	Also   []pageLink
}

type pageLink struct {
	ID    string
	Code  int
	State string
}

// entryID is the element id of an entry: its code for the first (trusted) entry of a code, so that
// #617020 works, and code-name for the others.
func entryIDs(entries []codes.Entry) []string {
	ids := make([]string, len(entries))
	for i, e := range entries {
		if i > 0 && entries[i-1].Code == e.Code {
			ids[i] = strconv.Itoa(e.Code) + "-" + identifier(e.Name)
			continue
		}
		ids[i] = strconv.Itoa(e.Code)
	}
	return ids
}

// writeHTML writes one self-contained page: inline CSS and JavaScript allowed by hash in a strict
// Content-Security-Policy, no external request of any kind.
func writeHTML(w *bufio.Writer, d Data, _ Options) error {
	css, _ := pageFiles.ReadFile("page/page.css")
	js, _ := pageFiles.ReadFile("page/page.js")
	p := pageData{
		// The hashes of page.js and page.css are computed by go generate (csp_gen.go), so that the
		// binary need not link crypto/sha256; TestCSPHashesAreCurrent fails when they are stale.
		CSP: `content="default-src 'none'; script-src '` + scriptCSPHash + `'; style-src '` +
			styleCSPHash + `'; img-src data:; base-uri 'none'; form-action 'none'"`,
		Style: string(css), Script: string(js),
		Version: d.Version, Revision: d.Revision, Entries: d.Entries,
	}
	if !d.Generated.IsZero() {
		p.Generated = d.Generated.UTC().Format(time.RFC3339)
	}
	ids := entryIDs(d.Entries)
	explained := map[int]string{}
	for _, g := range groups(d) {
		pg := pageGroup{Key: "none", Title: "Outside every documented range", Sub: "no documented controller holds these numbers"}
		if c := g.Controller; c != nil {
			pg.Key = strconv.Itoa(c.Start)
			// The plain name: the sub-line says when it is inferred, so "(inferred name)" is not
			// repeated in the title, the filter menu and every card.
			pg.Title = c.Name
			pg.Range = fmt.Sprintf("%d–%d", c.Start, c.End)
			var subs []string
			if c.NameInferred {
				subs = append(subs, "heading never visible in the documentation; the name is inferred from its codes")
			} else if c.Label != c.Name {
				subs = append(subs, "printed as “"+c.Label+"”")
			}
			switch {
			case c.Implemented == "not-implemented-yet":
				subs = append(subs, "not implemented yet")
			case c.Documented == 0:
				subs = append(subs, "no codes documented")
			}
			pg.Sub = strings.Join(subs, " · ")
		}
		for _, e := range g.Entries {
			pe := pageEntry{Code: e.Code, Name: e.Name, Message: e.Message, State: string(e.State),
				Controller: controllerName(e.Controller), Group: pg.Key, SupersededBy: supersededBy(e), Note: e.Note}
			for i := range d.Entries {
				if d.Entries[i].Code == e.Code && d.Entries[i].Name == e.Name {
					pe.ID = ids[i]
				}
			}
			switch e.State {
			case codes.Duplicate:
				pe.Badge = "duplicate"
			case codes.Placeholder:
				pe.Badge = "placeholder (not implemented yet)"
			case codes.Superseded:
				pe.Badge = "superseded"
			case codes.Typo:
				pe.Badge = fmt.Sprintf("typo: printed as %d", e.Printed)
				pe.Printed = e.Printed
			}
			pe.Where = "no documented range"
			if g.Controller != nil {
				pe.Where = g.Controller.Name + " · " + pg.Range
			}
			if e.Controller != nil && e.Controller != g.Controller {
				pe.Where += " · listed under " + e.Controller.Name
			}
			pe.Seen = "seen in " + e.FirstRevision
			if e.FirstRevision != e.LastRevision {
				pe.Seen = "seen " + e.FirstRevision + "–" + e.LastRevision
			}
			// Every card carries its number's explanation, so one found alone still says what decode
			// says; the first card's copy is the one shown when all are.
			if _, ok := explained[e.Code]; !ok {
				explained[e.Code] = explain(d, e.Code)
			} else {
				pe.Repeat = true
			}
			pe.Explain = explained[e.Code]
			for i, o := range d.Entries {
				if o.Name == e.Name && o.Code != e.Code {
					pe.Also = append(pe.Also, pageLink{ID: ids[i], Code: o.Code, State: string(o.State)})
				}
			}
			pg.Entries = append(pg.Entries, pe)
		}
		p.Groups = append(p.Groups, pg)
	}
	var buf bytes.Buffer
	if err := pageTemplate().Execute(&buf, p); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
