package export

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mtapi-cli/mtapi/codes"
)

//go:embed page/page.css page/page.js
var pageFiles embed.FS

// MaxPageSize is the size the html page must stay under; a test holds it.
const MaxPageSize = 400 << 10

//go:generate go test -run TestCSPHashesAreCurrent -update-csp

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
	// Ranges are the documented ranges, "601000-601999 602000-602999 ...".
	Ranges  string
	Groups  []pageGroup
	Entries []codes.Entry
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
	var rs []string
	for _, c := range d.Controllers {
		rs = append(rs, fmt.Sprintf("%d-%d", c.Start, c.End))
	}
	p.Ranges = strings.Join(rs, " ")
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
			case c.Implemented == codes.NotImplementedYet:
				subs = append(subs, "not implemented yet")
			case c.Documented == 0:
				subs = append(subs, "no codes documented")
			}
			pg.Sub = strings.Join(subs, " · ")
		}
		for _, e := range g.Entries {
			pe := pageEntry{Code: e.Code, Name: e.Name, Message: e.Message, State: string(e.State),
				Controller: controllerName(e.Controller), Group: pg.Key, SupersededBy: supersededBy(e), Note: readerNote(e.Note)}
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
	var b strings.Builder
	writePage(&b, p)
	_, err := w.WriteString(b.String())
	return err
}

// The page is written by hand rather than by a template: text/template finds methods by name at run
// time, which makes the linker keep every exported method of every type in the binary (1.7 MB
// more), and html/template adds its own initialisation to every start of mtapi. Every string from
// the catalogue goes through htmlEscape, in element text or a double-quoted attribute, the only two
// places the page puts one; the style, script and CSP are the embedded static files and their
// hashes, written as they are. The static text is the page as it was when a template wrote it;
// the golden page (testdata/export) holds every byte.

const (
	pageHead = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
`
	pageAfterCSP = `
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
`
	pageAfterGen = `
<title>MTAPI status codes</title>
<link rel="icon" href="data:,">
`
	pageAfterStyle = `
</head>
<body>
<a class="skip" href="#results">Skip to the codes</a>
<header class="top">
<h1>MTAPI status codes</h1>
<p class="lead">MTAPI reports the outcome of every request in the <code>mtapistatus</code> response header
(<code>"mtapistatus": "617020"</code>, comma-separated when there are several). Search a code, a name or words of its message.</p>
<form id="controls" role="search" action="#" novalidate>
<div class="field">
<label for="q">Search codes, names and messages</label>
<input type="search" id="q" name="q" autocomplete="off" autocapitalize="off" spellcheck="false"
 placeholder="617020, UpdateDateFut, future…" aria-describedby="q-help" aria-controls="results">
</div>
<div class="field">
<label for="controller">Controller</label>
<select id="controller" name="controller" aria-controls="results">
<option value="">All controllers</option>`
	pageAfterOptions = `
</select>
</div>
<div class="field">
<label for="state">State</label>
<select id="state" name="state" aria-controls="results">
<option value="">All states</option>
<option value="current">current</option>
<option value="duplicate">duplicate</option>
<option value="placeholder">placeholder</option>
<option value="superseded">superseded</option>
<option value="typo">typo</option>
</select>
</div>
<p id="q-help" class="help">Press <kbd>/</kbd> to search and <kbd>Esc</kbd> to clear. Ranked like <code>mtapi search</code>: exact name, name prefix, every word, digits as a code prefix, then fuzzy name (<code>updatedatefut</code>). Paste a ticket line, an e-mail or a message: the codes and messages it mentions are found, as <code>mtapi</code> finds them.</p>
</form>
`
	pageAfterCount = `
<p id="print-note" class="print-note"></p>
<p id="found" class="found" hidden></p>
<details class="families" id="not-codes">
<summary>Numbers that are not catalogue codes</summary>
<dl>
<dt data-lo="-1" data-hi="-1"><code>-1</code></dt><dd>NotSet: the end-point set no MTAPI status. Not an error.</dd>
<dt data-lo="200" data-hi="599"><code>200</code>–<code>599</code></dt><dd>HTTP statuses: MTAPI mirrors the HTTP status of the same number.</dd>
<dt data-lo="4040000" data-hi="4049999"><code>4040000</code>–<code>4049999</code></dt><dd>The not-found family: 404 followed by four digits; <code>4040xxx</code> are reserved sub-statuses.</dd>
<dt data-lo="901000" data-hi="902999"><code>901000</code>–<code>902999</code></dt><dd>Generic statuses, reusable in any controller.</dd>
<dt>Other numbers in a range</dt><dd>Not in the documented catalogue. Only parts of the documentation could be read, so such a code may still exist: <code>mtapi decode</code> names its range and neighbours.</dd>
</dl>
</details>
</header>
<main id="results" class="list" tabindex="-1">`
	pageAfterMain = `
<p id="empty" class="empty" hidden>Nothing matches. Try fewer or shorter words, the first digits of a code, or clear the filters.</p>
</main>
<footer class="foot">
`
	pageAfterFooter = `
<p>States: <strong>current</strong> is the meaning of the number; <strong>duplicate</strong>: the documentation prints two names with one number; <strong>placeholder</strong>: listed as not implemented yet; <strong>superseded</strong>: history, never a current meaning; <strong>typo</strong>: printed with a wrong number.</p>
</footer>
`
	pageTail = `
</body>
</html>
`
)

// writePage writes the page for p.
func writePage(b *strings.Builder, p pageData) {
	h := func(s string) { b.WriteString(htmlEscape(s)) }
	num := func(n int) { b.WriteString(strconv.Itoa(n)) }
	b.WriteString(pageHead)
	b.WriteString(`<meta http-equiv="Content-Security-Policy" `)
	b.WriteString(p.CSP)
	b.WriteString(`>`)
	b.WriteString(pageAfterCSP)
	b.WriteString(`<meta name="generator" content="mtapi `)
	h(p.Version)
	b.WriteString(`">`)
	b.WriteString(pageAfterGen)
	b.WriteString(`<style>`)
	b.WriteString(p.Style)
	b.WriteString(`</style>`)
	b.WriteString(pageAfterStyle)
	for _, g := range p.Groups {
		b.WriteString("\n<option value=\"")
		h(g.Key)
		b.WriteString(`">`)
		h(g.Title)
		if g.Range != "" {
			b.WriteString(" (")
			h(g.Range)
			b.WriteString(")")
		}
		b.WriteString(`</option>`)
	}
	b.WriteString(pageAfterOptions)
	b.WriteString(`<p id="count" class="count" role="status" aria-live="polite">`)
	num(len(p.Entries))
	b.WriteString(` entries</p>`)
	// The ranges, for the search box's reading of pasted text (which numbers are codes).
	b.WriteString(`<p id="ranges" hidden data-ranges="`)
	h(p.Ranges)
	b.WriteString(`"></p>`)
	b.WriteString(pageAfterCount)
	for _, g := range p.Groups {
		b.WriteString("\n<h2 class=\"group\" id=\"range-")
		h(g.Key)
		b.WriteString(`" data-group="`)
		h(g.Key)
		b.WriteString(`">`)
		h(g.Title)
		if g.Range != "" {
			b.WriteString(` <span class="range">`)
			h(g.Range)
			b.WriteString(`</span>`)
		}
		if g.Sub != "" {
			b.WriteString(` <span class="sub">`)
			h(g.Sub)
			b.WriteString(`</span>`)
		}
		b.WriteString(`</h2>`)
		for _, e := range g.Entries {
			writeCard(b, e, h, num)
		}
	}
	b.WriteString(pageAfterMain)
	b.WriteString(`<p>Catalogue: documentation revision <strong id="revision">`)
	h(p.Revision)
	b.WriteString(`</strong>, `)
	num(len(p.Entries))
	b.WriteString(` entries. Written by <strong id="version">mtapi `)
	h(p.Version)
	b.WriteString(`</strong> (<code>mtapi export --format html</code>)`)
	if p.Generated != "" {
		b.WriteString(" on ")
		h(p.Generated)
	}
	b.WriteString(`.</p>`)
	b.WriteString(pageAfterFooter)
	b.WriteString(`<script>`)
	b.WriteString(p.Script)
	b.WriteString(`</script>`)
	b.WriteString(pageTail)
}

// writeCard writes one entry's card.
func writeCard(b *strings.Builder, e pageEntry, h func(string), num func(int)) {
	writeCardOpen(b, e, h, num)
	writeCardHead(b, e, h, num)
	writeCardBody(b, e, h)
	writeCardNotes(b, e, h, num)
	b.WriteString("\n</article>")
}

// writeCardOpen writes the card's <article> tag with the data attributes the page's script reads.
func writeCardOpen(b *strings.Builder, e pageEntry, h func(string), num func(int)) {
	b.WriteString("\n<article class=\"entry state-")
	h(e.State)
	b.WriteString(`" id="`)
	h(e.ID)
	b.WriteString(`" data-code="`)
	num(e.Code)
	b.WriteString(`"`)
	if e.Printed != 0 {
		b.WriteString(` data-printed="`)
		num(e.Printed)
		b.WriteString(`"`)
	}
	b.WriteString(` data-name="`)
	h(e.Name)
	b.WriteString(`" data-state="`)
	h(e.State)
	b.WriteString(`" data-controller="`)
	h(e.Controller)
	b.WriteString(`" data-group="`)
	h(e.Group)
	b.WriteString(`" tabindex="-1" aria-labelledby="`)
	h(e.ID)
}

// writeCardHead writes the card's head: the code as a deep link, the name, the badge, the copy
// button.
func writeCardHead(b *strings.Builder, e pageEntry, h func(string), num func(int)) {
	b.WriteString("-name\">\n<div class=\"head\">\n<a class=\"code\" href=\"#")
	h(e.ID)
	b.WriteString(`" aria-label="Link to `)
	num(e.Code)
	b.WriteString(" ")
	h(e.Name)
	b.WriteString(`">`)
	num(e.Code)
	b.WriteString("</a>\n<h3 class=\"name\" id=\"")
	h(e.ID)
	b.WriteString(`-name">`)
	h(e.Name)
	b.WriteString(`</h3>`)
	if e.Badge != "" {
		b.WriteString(` <span class="badge">`)
		h(e.Badge)
		b.WriteString(`</span>`)
	}
	b.WriteString("\n<button type=\"button\" class=\"copy\" data-copy=\"")
	num(e.Code)
	b.WriteString(" ")
	h(e.Name)
	b.WriteString(`" aria-label="Copy `)
	num(e.Code)
	b.WriteString(" ")
	h(e.Name)
	b.WriteString("\">Copy</button>\n</div>")
}

// writeCardBody writes the message (or what superseded it) and where and when the entry was seen.
func writeCardBody(b *strings.Builder, e pageEntry, h func(string)) {
	if e.Message != "" {
		b.WriteString("\n<p class=\"msg\">")
		h(e.Message)
		b.WriteString(`</p>`)
	} else {
		b.WriteString("\n<p class=\"msg none\">")
		if e.SupersededBy != "" {
			h(e.SupersededBy)
		} else {
			b.WriteString(`(no message documented)`)
		}
		b.WriteString(`</p>`)
	}
	b.WriteString("\n<p class=\"meta\">")
	h(e.Where)
	b.WriteString(" · ")
	h(e.Seen)
	b.WriteString(`</p>`)
}

// writeCardNotes writes what explains the entry: the awkward case, the name's other numbers and the
// source notes.
func writeCardNotes(b *strings.Builder, e pageEntry, h func(string), num func(int)) {
	if e.Explain != "" {
		b.WriteString("\n<p class=\"explain")
		if e.Repeat {
			b.WriteString(" repeat")
		}
		b.WriteString(`"`)
		if e.Repeat {
			b.WriteString(" hidden")
		}
		b.WriteString(`>`)
		h(e.Explain)
		b.WriteString(`</p>`)
	}
	if len(e.Also) > 0 {
		b.WriteString("\n<p class=\"also\">")
		h(e.Name)
		b.WriteString(" is also printed at ")
		for i, a := range e.Also {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(`<a href="#`)
			h(a.ID)
			b.WriteString(`">`)
			num(a.Code)
			b.WriteString(`</a> (`)
			h(a.State)
			b.WriteString(`)`)
		}
		b.WriteString(`.</p>`)
	}
	if e.Note != "" {
		b.WriteString("\n<details class=\"note\"><summary>Source notes</summary><p>")
		h(e.Note)
		b.WriteString(`</p></details>`)
	}
}
