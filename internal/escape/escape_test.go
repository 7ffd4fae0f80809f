package escape

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"617020", "617020"},
		{"UpdateDate", "UpdateDate"},
		{"", ""},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"\x1b]0;pwned\x07", `\x1b]0;pwned\x07`},
		{"a\tb\nc\rd", `a\tb\nc\rd`},
		{"\x00\x7f", `\x00\x7f`},
		{"\u009b31m", `\u009b31m`},
		{"bidi\u202eevil", `bidi\u202eevil`},
		{"\ufeffBOM", `\ufeffBOM`},
		{"zero\u200bwidth", `zero\u200bwidth`},
		{"bad\xffutf8\xc3", `bad\xffutf8\xc3`},
		{"café ✓", "café ✓"},
		{"line\u2028sep", `line\u2028sep`},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzString(f *testing.F) {
	for _, s := range []string{"617020", "\x1b[2J", "\x9b", "\xff\xfe", "a\u202eb", "\x1b]8;;http://x\x1b\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := String(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		for _, r := range out {
			if unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) {
				t.Fatalf("control %U survives in %q", r, out)
			}
		}
		if safe(s) && out != s {
			t.Fatalf("printable ASCII changed: %q -> %q", s, out)
		}
		if strings.ContainsRune(out, '\x1b') {
			t.Fatal("ESC survived")
		}
	})
}
