package export

import (
	"html"
	htmltemplate "html/template"
	"regexp"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
)

var hostile = []string{
	`</script><script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`, `' onmouseover='x`, `<!-- x`, `&amp; &#34; &`,
	"a\u2028b\u2029c", "nul\x00x", "+ADw-script+AD4-", "<style>", "</style>", "]]>", "`${x}`", "café ☕ 𝄞",
}

// TestHTMLEscapeIsHTMLTemplates: the page's own escaper gives what html/template gave in element text
// and in a double-quoted attribute, the two contexts the page puts catalogue text in, so the page is
// byte-identical and as safe as before the switch to text/template.
func TestHTMLEscapeIsHTMLTemplates(t *testing.T) {
	tm := htmltemplate.Must(htmltemplate.New("").Parse(`<p title="{{.}}">{{.}}</p>`))
	for _, s := range hostile {
		var b strings.Builder
		if err := tm.Execute(&b, s); err != nil {
			t.Fatal(err)
		}
		h := htmlEscape(s)
		if want := `<p title="` + h + `">` + h + `</p>`; b.String() != want {
			t.Errorf("%q:\n html/template %s\n htmlEscape    %s", s, b.String(), want)
		}
		if strings.ContainsAny(h, "<>\"'\x00") {
			t.Errorf("%q escapes to %q, which can end an attribute or start a tag", s, h)
		}
		if got := html.UnescapeString(h); got != strings.ReplaceAll(s, "\x00", "\ufffd") {
			t.Errorf("%q reads back as %q", s, got)
		}
	}
}

// TestPageHostileText writes hostile text into every field the page shows (names, messages,
// controller names and labels, notes, revision, version) and checks that none of it breaks out: one
// script, one style, one article per entry, and no hostile string unescaped.
func TestPageHostileText(t *testing.T) {
	c := &codes.Controller{Name: hostile[0], Label: hostile[1], Start: 700000, End: 700999, NameInferred: true}
	var es []codes.Entry
	for i, s := range hostile {
		es = append(es, codes.Entry{Code: 700000 + i, Printed: 700000 + i, Name: "N" + s, Message: s, Note: s, Controller: c,
			State: codes.Current, FirstRevision: s, LastRevision: s})
	}
	es = append(es, codes.Entry{Code: 700000, Printed: 700000, Name: hostile[2], Controller: c, State: codes.Superseded,
		FirstRevision: "r1", LastRevision: "r1"})
	d := Data{Entries: es, Controllers: []*codes.Controller{c}, Revision: hostile[0], Version: hostile[1]}
	page := string(generate(t, "html", d, Options{}))
	if n := strings.Count(page, "<script"); n != 1 || strings.Count(page, "</script>") != 1 {
		t.Errorf("%d script tags", n)
	}
	if strings.Count(page, "<style") != 1 || strings.Count(page, "</style>") != 1 {
		t.Error("more than one style element")
	}
	if n := strings.Count(page, "<article "); n != len(es) {
		t.Errorf("%d articles for %d entries", n, len(es))
	}
	for _, s := range hostile {
		// The page's own <style> and </style> are counted above.
		if strings.ContainsAny(s, "<>\"'&\x00+") && s != "<style>" && s != "</style>" && strings.Contains(page, s) {
			t.Errorf("%q is in the page unescaped", s)
		}
	}
	// Every attribute value ends at its own quote: no quote inside one, no tag inside.
	attr := regexp.MustCompile(`\s[a-z-]+="[^"<>]*"`)
	tag := regexp.MustCompile(`<article [^>]*>`)
	for _, a := range tag.FindAllString(page, -1) {
		if rest := attr.ReplaceAllString(strings.TrimSuffix(strings.TrimPrefix(a, "<article"), ">"), ""); strings.TrimSpace(rest) != "" {
			t.Errorf("article tag with stray text %q", rest)
		}
	}
}
