package headers

import (
	"bytes"
	"strconv"
	"testing"
)

// TestContentLength checks contentLength against strconv.ParseInt, which it stands for.
func TestContentLength(t *testing.T) {
	for _, v := range []string{"", "0", "76", "+76", "-76", "-0", "+", "-", "7 6", "0x10", "1_000", "007",
		"9223372036854775807", "9223372036854775808", "99999999999999999999", "-9223372036854775808", "12a", "٣"} {
		n, err := strconv.ParseInt(v, 10, 64)
		want, wantOK := n, err == nil && n >= 0
		if !wantOK {
			want = 0
		}
		if got, ok := contentLength([]byte(v)); got != want || ok != wantOK {
			t.Errorf("contentLength(%q) = %d, %v; ParseInt says %d, %v", v, got, ok, want, wantOK)
		}
	}
}

// FuzzContentLength checks contentLength against strconv.ParseInt on any value.
func FuzzContentLength(f *testing.F) {
	f.Add("76")
	f.Fuzz(func(t *testing.T, v string) {
		n, err := strconv.ParseInt(v, 10, 64)
		if got, ok := contentLength([]byte(v)); ok != (err == nil && n >= 0) || ok && got != n {
			t.Errorf("contentLength(%q) = %d, %v; ParseInt says %d, %v", v, got, ok, n, err)
		}
	})
}

// TestEqualLower checks equalLower against bytes.EqualFold on field names (token bytes).
func TestEqualLower(t *testing.T) {
	for _, name := range []string{"Content-Length", "content-length", "CONTENT-LENGTH", "Content-Lengt", "Content-Lengthx",
		"Content_Length", "Transfer-Encoding", "transfer-encodinG", "Content-Encoding", "Trailer", "mtapistatus", "MTAPISTATUS"} {
		for _, lower := range []string{"content-length", "transfer-encoding", "content-encoding", "trailer", "mtapistatus"} {
			if got, want := equalLower([]byte(name), lower), bytes.EqualFold([]byte(name), []byte(lower)); got != want {
				t.Errorf("equalLower(%q, %q) = %v, EqualFold %v", name, lower, got, want)
			}
		}
	}
}
