package export

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mtapi-cli/mtapi/codes"
)

//go:embed page/page.tmpl page/page.css page/page.js
var pageFiles embed.FS

// MaxPageSize is the size the html page must stay under; a test holds it.
const MaxPageSize = 400 << 10

var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.ParseFS(pageFiles, "page/page.tmpl"))
})

type pageData struct {
	CSP               template.HTMLAttr
	Style             template.CSS
	Script            template.JS
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
	State codes.State
}

// cspHash is the CSP source of an inline script or style: 'sha256-' and the base64 SHA-256 of its
// exact text.
func cspHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
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
		CSP: template.HTMLAttr(`content="default-src 'none'; script-src '` + cspHash(string(js)) + `'; style-src '` +
			cspHash(string(css)) + `'; img-src data:; base-uri 'none'; form-action 'none'"`),
		Style: template.CSS(css), Script: template.JS(js),
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
					pe.Also = append(pe.Also, pageLink{ID: ids[i], Code: o.Code, State: o.State})
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
