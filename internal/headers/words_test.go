package headers

import (
	"bytes"
	"fmt"
	"testing"
)

// checkWords requires leadingFields and edgeFields to agree with bytes.Fields on b.
func checkWords(t *testing.T, b []byte) {
	t.Helper()
	f := bytes.Fields(b)
	for max := 0; max <= 5; max++ {
		got, more := leadingFields(nil, b, max)
		want := f[:min(max, len(f))]
		if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) || more != (len(f) > max) {
			t.Fatalf("leadingFields(%q, %d) = %q, %v; want %q, %v", b, max, got, more, want, len(f) > max)
		}
	}
	var buf [8]byte
	if l := lower(buf[:], b); !bytes.Equal(l, bytes.ToLower(b)) {
		t.Fatalf("lower(%q) = %q; want %q", b, l, bytes.ToLower(b))
	}
	first, prev, last, n := edgeFields(b)
	var wf, wp, wl []byte
	if len(f) > 0 {
		wf, wl = f[0], f[len(f)-1]
	}
	if len(f) > 1 {
		wp = f[len(f)-2]
	}
	if !bytes.Equal(first, wf) || !bytes.Equal(prev, wp) || !bytes.Equal(last, wl) || n != min(len(f), 3) {
		t.Fatalf("edgeFields(%q) = %q %q %q %d; want %q %q %q %d", b, first, prev, last, n, wf, wp, wl, min(len(f), 3))
	}
}

func TestWords(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "a b", "a b c", "a b c d", "  we tried  mtapistatus",
		"\tx\ny\vz\fw\rv ", "user@host:~$ curl -s", "PS C:\\> Invoke-WebRequest", "a\u00a0b c", "é è\u2003x y",
		"10.1.1.1 - - [25/Nov/2026:10:00:01 +0000] \"GET /a HTTP/1.1\" 200 5 ", "a  b   "} {
		checkWords(t, []byte(s))
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"a b c d", " x ", "\u2003a\u00a0b", "we tried mtapistatus"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) { checkWords(t, b) })
}

// methodDumpByIndex is methodDump as it was written first, each method's last occurrence found by
// bytes.LastIndex: methodDump's one pass over the spaces must find the same ones.
func methodDumpByIndex(l []byte) bool {
	for _, m := range requestMethods {
		if methodSends(l, bytes.LastIndex(l, []byte(m)), m) {
			return true
		}
	}
	return false
}

func FuzzMethodDump(f *testing.F) {
	for _, s := range []string{"http get http://h/x, headers=", "--> post https://a/b ", "xget /a get /b ",
		"get get /x ", "10.1.1.1 - - \"get /api/x?page=1 http/1.1\" 200 5 \"-\" \"mozilla/5.0 ", ">>> get http://h/list "} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, l []byte) {
		if got, want := methodDump(l), methodDumpByIndex(l); got != want {
			t.Fatalf("methodDump(%q) = %v, want %v", l, got, want)
		}
	})
}

// FuzzIndexFold checks the search for a string in any case against bytes.EqualFold at every
// position.
func FuzzIndexFold(f *testing.F) {
	for _, s := range []string{"Mozilla mtapistatus", "MTAPISTATUS", "mtapiſtatus mTaPiStAtUs", "mm mt mtapistatu"} {
		f.Add([]byte(s))
	}
	needle := []byte("mtapistatus")
	f.Fuzz(func(t *testing.T, b []byte) {
		want := -1
		for i := 0; i+len(needle) <= len(b); i++ {
			if bytes.EqualFold(b[i:i+len(needle)], needle) {
				want = i
				break
			}
		}
		if got := indexFoldFrom(b, needle); got != want {
			t.Fatalf("indexFoldFrom(%q) = %d, want %d", b, got, want)
		}
	})
}
