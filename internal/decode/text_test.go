package decode

import (
	"math/rand/v2"
	"regexp"
	"testing"
)

// The expressions hasMarkup and isStatusLine replace; the tests hold the code to them.
var (
	markupRE     = regexp.MustCompile(`<[A-Za-z!/?][^<>]*>`)
	statusLineRE = regexp.MustCompile(`(?i)^\s*HTTP/[0-9.]+\s+[0-9]{3}(\s|$)`)
)

func TestHasMarkup(t *testing.T) {
	for in, want := range map[string]bool{
		"<html>":                  true,
		"<!DOCTYPE html>":         true,
		"</p>":                    true,
		"<?xml version=\"1.0\"?>": true,
		"text <b>bold</b> text":   true,
		"<<a>":                    true,
		"<a <b>":                  true,
		"<Z>":                     true,
		"<a\nb>":                  true,
		"<a\xff>":                 true,
		"617020":                  false,
		"":                        false,
		"<":                       false,
		"<>":                      false,
		"< a>":                    false,
		"<1>":                     false,
		"<@>":                     false,
		"<[>":                     false,
		"<a":                      false,
		"<a <b":                   false,
		"a > b < c":               false,
		"mtapistatus: <617020":    false,
		"\xc3<a":                  false,
		"617020 < 4041001 > -1":   false,
		"<é>":                     false,
		"x<y<z>":                  true,
		"<a<":                     false,
		"HTTP/1.1 200 OK\n<html>": true,
	} {
		if got := hasMarkup(in); got != want || markupRE.MatchString(in) != want {
			t.Errorf("hasMarkup(%q) = %v, want %v (the expression says %v)", in, got, want, markupRE.MatchString(in))
		}
	}
}

func TestIsStatusLine(t *testing.T) {
	for in, want := range map[string]bool{
		"HTTP/1.1 200 OK":      true,
		"http/2 404":           true,
		"HtTp/1.0\t500\r":      true,
		"  \t\r\nHTTP/1.1 200": true,
		"HTTP/. 999 x":         true,
		"HTTP/1.1  200\fOK":    true,
		"HTTP/1.1 200":         true,
		"HTTP/1.1 2000":        false,
		"HTTP/1.1 20":          false,
		"HTTP/1.1 20x":         false,
		"HTTP/1.1200":          false,
		"HTTP/ 200":            false,
		"HTTP/1.1":             false,
		"HTTP/1.1 ":            false,
		"HTTP/1.1 200OK":       false,
		"HTTP/1.1\v200":        false,
		"HTTP/1.1 200\vOK":     false,
		"\vHTTP/1.1 200":       false,
		"HTTP 1.1 200":         false,
		"HTTPS/1.1 200":        false,
		"xHTTP/1.1 200":        false,
		"":                     false,
		"HTTP/":                false,
		"HTT":                  false,
		"HTTP/1.1 \u00a0200":   false,
	} {
		if got := isStatusLine(in); got != want || statusLineRE.MatchString(in) != want {
			t.Errorf("isStatusLine(%q) = %v, want %v (the expression says %v)", in, got, want, statusLineRE.MatchString(in))
		}
	}
}

// TestTextMatchersAgreeWithExpressions compares both on many random strings built from the bytes
// that matter to them.
func TestTextMatchersAgreeWithExpressions(t *testing.T) {
	alphabet := []string{"<", ">", "a", "Z", "!", "/", "?", "1", ".", " ", "\t", "\n", "\v", "H", "t", "T", "p", "P", "HTTP/", "http/", "200", "\xff", "é", "@", "HTTP/1.1 ", "hTtP/2\t", "404", "\r", "\f", "<p", "</"}
	r := rand.New(rand.NewPCG(1, 2))
	buf := make([]byte, 0, 64)
	for range 200_000 {
		buf = buf[:0]
		for range r.IntN(12) {
			buf = append(buf, alphabet[r.IntN(len(alphabet))]...)
		}
		s := string(buf)
		if got, want := hasMarkup(s), markupRE.MatchString(s); got != want {
			t.Fatalf("hasMarkup(%q) = %v, the expression says %v", s, got, want)
		}
		if got, want := isStatusLine(s), statusLineRE.MatchString(s); got != want {
			t.Fatalf("isStatusLine(%q) = %v, the expression says %v", s, got, want)
		}
	}
}
