package page

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// tokens lists the tokens of s: "<name>", "</name>", "<name/>", text quoted, and "#id=" for a start
// tag's id attribute.
func tokens(s string) (string, error) {
	z := newTokenizer(strings.NewReader(s))
	var out []string
	for {
		switch z.Next() {
		case errorToken:
			if errors.Is(z.Err(), io.EOF) {
				return strings.Join(out, " "), nil
			}
			return strings.Join(out, " "), z.Err()
		case textToken:
			out = append(out, "'"+z.Text()+"'")
		case startTagToken:
			t := "<" + z.TagName() + ">"
			if id, ok := z.Attr("id"); ok {
				t += "#" + id
			}
			out = append(out, t)
		case endTagToken:
			out = append(out, "</"+z.TagName()+">")
		case selfClosingTagToken:
			out = append(out, "<"+z.TagName()+"/>")
		}
	}
}

func TestTokenizer(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`<P>a &amp; b&nbsp;c &ldquo;d&rdquo; &#39;e&#x27; &bogus;</P>`, "<p> 'a & b\u00a0c “d” 'e' &bogus;' </p>"},
		{`<ac:structured-macro ac:name="info"><ac:parameter ac:name="title">T</ac:parameter><ri:page ri:content-title="x" /></ac:structured-macro>`,
			"<ac:structured-macro> <ac:parameter> 'T' </ac:parameter> <ri:page/> </ac:structured-macro>"},
		{`<div class=x id=main-content>a</div><div ID = 'main-content' >b</div><div data-id="main-content">c</div>`,
			"<div>#main-content 'a' </div> <div>#main-content 'b' </div> <div> 'c' </div>"},
		{"<?xml version=\"1.0\"?><!DOCTYPE html><!-- <p>x</p> -->a<!---->b<!-->c<!--->d", "'a' 'b' 'c' 'd'"},
		{"<![CDATA[A = 1\r\n<b>&amp;]]>x", "'A = 1\n<b>&' 'x'"},
		{"<script>if (a<b) document.write('</p>')</script><style>p{}</STYLE >x", "<script> 'if (a<b) document.write('</p>')' </script> <style> 'p{}' </style> 'x'"},
		{"<br/><br /><hr>a < b <3 </>c</ 1>d", "<br/> <br/> <hr> 'a < b <3 ' 'c' 'd'"},
		{"a</", "'a</'"},
		{"a\rb\r\nc", "'a\nb\nc'"},
		{`<a href="x>y" title='"'>t</a>`, "<a> 't' </a>"},
		{"<p", ""},
	} {
		got, err := tokens(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("%q:\n got %s (%v)\nwant %s", tt.in, got, err, tt.want)
		}
	}
}

func TestTokenizerBounds(t *testing.T) {
	for _, in := range []string{
		"<p>" + strings.Repeat("a", maxToken+1),
		"<!--" + strings.Repeat("a", maxToken+1) + "-->",
		`<p title="` + strings.Repeat("a", maxToken+1) + `">`,
	} {
		if _, err := tokens(in); !errors.Is(err, ErrTooLarge) {
			t.Errorf("a token of %d bytes: %v", len(in), err)
		}
	}
	// Many small tokens are fine: the cap is per token.
	if _, err := tokens(strings.Repeat("<b>x</b>", maxToken/4)); err != nil {
		t.Error(err)
	}
}
