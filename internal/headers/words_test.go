package headers

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
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
	if got, want := isASCII(b), !slices.ContainsFunc(b, func(c byte) bool { return c >= 0x80 }); got != want {
		t.Fatalf("isASCII(%q) = %v; want %v", b, got, want)
	}
	want := -1
	for i := 0; i+len(codes.HeaderName) <= len(b); i++ {
		if bytes.EqualFold(b[i:i+len(codes.HeaderName)], []byte(codes.HeaderName)) {
			want = i
			break
		}
	}
	if got := indexFold(b); got != want {
		t.Fatalf("indexFold(%q) = %d; want %d", b, got, want)
	}
	// lastIndex against bytes.LastIndex, for seps taken from b itself and the ones it is used with.
	seps := []string{" HTTP/1.", `\n`, "a"}
	if len(b) >= 2 {
		seps = append(seps, string(b[len(b)/2:len(b)/2+2]), string(b[:1]), string(b[len(b)-2:]))
	}
	for _, sep := range seps {
		if got, want := lastIndex(b, sep), bytes.LastIndex(b, []byte(sep)); got != want {
			t.Fatalf("lastIndex(%q, %q) = %d; want %d", b, sep, got, want)
		}
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
	for _, s := range []string{"a b c d", " x ", "\u2003a\u00a0b", "we tried mtapistatus", "Mtapistatus mtapistatus", "MTAPISTATUS: 1 mtapistatus"} {
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

// FuzzNameIn checks whether pass finds the header's name in any case in a line (the block scan's
// anchors, then bytes.EqualFold) against bytes.EqualFold at every position, as pass asks: line by
// line, from positions further and further on in a block, and in what is left of it.
func FuzzNameIn(f *testing.F) {
	for _, s := range []string{"Mozilla mtapistatus", "MTAPISTATUS", "mtapiſtatus mTaPiStAtUs", "mm mt mtapistatu",
		strings.Repeat("GMT\n", 30) + "x-mtapistatus: 1\n" + strings.Repeat("|\x1b mt\n", 2000) + "MtApIsTaTuS\n"} {
		f.Add([]byte(s), uint8(3))
	}
	needle := []byte("mtapistatus")
	f.Fuzz(func(t *testing.T, b []byte, step uint8) {
		want := func(from, end int) bool {
			for i := from; i < end && i+len(needle) <= len(b); i++ {
				if bytes.EqualFold(b[i:i+len(needle)], needle) {
					return true
				}
			}
			return false
		}
		var ps passState
		ps.w = passNFAs()
		ps.newBlock()
		for from := 0; from < len(b); {
			end := bytes.IndexByte(b[from:], '\n') + from + 1
			if end == from {
				break
			}
			at := min(end-1, from+int(step)%8) // (a line's start, or a place in it)
			if got, want := ps.nameIn(b, at, end), want(at, end); got != want {
				t.Fatalf("nameIn(%q, %d, %d) = %v, want %v", b, at, end, got, want)
			}
			rest := b[from:]
			if got, want := ps.nameIn(rest, 0, end-from), want(from, end); got != want {
				t.Fatalf("nameIn(what is left from %d, 0, %d) = %v, want %v", from, end-from, got, want)
			}
			from = end
		}
	})
}
