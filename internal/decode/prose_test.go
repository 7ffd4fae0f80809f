package decode

import (
	"io"
	"math/rand"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/mtapi-cli/mtapi/codes"
)

// TestNumbersInProse holds the rules of which numbers in prose are codes.
func TestNumbersInProse(t *testing.T) {
	cat := codes.Default()
	tests := []struct {
		text string
		want []string
	}{
		{"the call returned -1 again", []string{"-1"}},
		{"saw 617020 and 4041001 and 901002 today", []string{"617020", "4041001", "901002"}},
		{"HTTP 409 then status 500 then status code 502", []string{"409", "500", "502"}},
		{"we got 409 conflicts and 500 users", []string{}},
		{"HTTP/1.1 404 Not Found", []string{"404"}},
		{"mtapistatus: 409", []string{"409"}},
		{"error 4000 again", []string{"4000"}},
		{"we sold 4000 items", []string{}},
		{"order 617123 and ticket #601234 and invoice 617020", []string{}},
		{"order number 617123, error number 617020", []string{"617020"}},
		{"617020 items were imported", []string{}},
		{"on 2024-06-17 at 10:30, 1,250.00 USD, v6.17.020, 617020px", []string{}},
		{"an undocumented 617999 in the range", []string{"617999"}},
		{"a number 123456 outside every range", []string{}},
		{"$617020 was charged", []string{}},
		{"617 020", []string{"?617020"}},
		{"617O20", []string{"?617020"}},
		{"617 123 is not split", []string{}},
	}
	for _, tt := range tests {
		var rs []Result
		if _, err := ReadText(cat, strings.NewReader(tt.text), func(r Result) error { rs = append(rs, r); return nil }); err != nil {
			t.Fatal(err)
		}
		if got := cards(rs); !slices.Equal(got, tt.want) {
			t.Errorf("ReadText(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestReadTextChunking: the answer does not depend on how the bytes arrive.
func TestReadTextChunking(t *testing.T) {
	cat := codes.Default()
	for _, p := range loadPastes(t) {
		want := readAll(t, cat, strings.NewReader(p.Text))
		readers := map[string]io.Reader{
			"byte":   iotest.OneByteReader(strings.NewReader(p.Text)),
			"half":   iotest.HalfReader(strings.NewReader(p.Text)),
			"random": &randomReader{r: strings.NewReader(p.Text), rnd: rand.New(rand.NewSource(int64(len(p.Text))))},
		}
		for name, r := range readers {
			if got := readAll(t, cat, r); !slices.Equal(got, want) {
				t.Errorf("%s reads of %q: %q, want %q", name, p.Text, got, want)
			}
		}
	}
}

type randomReader struct {
	r   io.Reader
	rnd *rand.Rand
}

func (r *randomReader) Read(p []byte) (int, error) {
	return r.r.Read(p[:min(len(p), 1+r.rnd.Intn(7))])
}

func readAll(t *testing.T, cat *codes.Catalogue, r io.Reader) []string {
	t.Helper()
	var rs []Result
	rep, err := ReadText(cat, r, func(r Result) error { rs = append(rs, r); return nil })
	if err != nil {
		t.Fatal(err)
	}
	return append(cards(rs), strings.Repeat("w", rep.Passed))
}

// TestReadTextBounded: a 10 MB paste is read in constant memory and gives only what it holds.
func TestReadTextBounded(t *testing.T) {
	cat := codes.Default()
	line := "Hi team, the order 617123 of 2024-06-17 failed again, see ticket #601234; total 1,250.00 USD.\n"
	big := io.MultiReader(
		strings.NewReader(strings.Repeat(line, 10<<20/len(line)/2)),
		strings.NewReader("The portal says Update date cannot be in the future (code 617020).\n"),
		strings.NewReader(strings.Repeat(line, 10<<20/len(line)/2)),
		strings.NewReader(strings.Repeat("x", 3<<20)), // one word of 3 MB
	)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var got []string
	peak := uint64(0)
	rep, err := ReadText(cat, big, func(r Result) error {
		got = append(got, cards([]Result{r})...)
		return nil
	})
	runtime.ReadMemStats(&after)
	if after.HeapInuse > before.HeapInuse {
		peak = after.HeapInuse - before.HeapInuse
	}
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, []string{"617020"}) {
		t.Errorf("found %q, want only 617020", got)
	}
	if rep.Passed == 0 || rep.Words < 1_000_000 {
		t.Errorf("report %+v", rep)
	}
	if peak > 8<<20 {
		t.Errorf("heap grew by %d bytes reading 13 MB", peak)
	}
}

// TestNearMisses: "did you mean" offers near misses only, and a known typo alone.
func TestNearMisses(t *testing.T) {
	cat := codes.Default()
	tests := []struct {
		in   string
		want []string
	}{
		{"62000", []string{"620004"}},
		{"4049999", nil},
		{"617999", nil},
		{"617200", []string{"617020"}},
		{"61702", []string{"617020", "617021", "617022", "617023", "617024"}},
	}
	for _, tt := range tests {
		if got := Resolve(cat, tt.in).Suggestions(); !slices.Equal(got, tt.want) {
			t.Errorf("Suggestions(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
	r := Resolve(cat, "62000")
	meant, ok := r.Meant()
	if r.Found || !ok || meant.Code != 620004 || !strings.Contains(r.Explanation(), "never sends 62000") {
		t.Errorf("62000: found %v, meant %v %d, %q", r.Found, ok, meant.Code, r.Explanation())
	}
}

// TestPhraseRules: exact phrases win, tolerant ones are candidates, short ones stand alone.
func TestPhraseRules(t *testing.T) {
	cat := codes.Default()
	tests := []struct {
		text string
		want []string
		how  Mention
	}{
		{"Service Request couldn't be updated.", []string{"617008"}, MentionMessage},
		{"Service Request status couldnt be updated", []string{"617010", "617025"}, MentionMessage},
		{"Service request state couldn't be updated", []string{"617008", "617010", "617025"}, MentionNearMessage},
		{"Update date cannot be\nin the future", []string{"617020"}, MentionMessage},
		{"I get an Authorization error when saving", []string{}, ""},
		{"\"Authorization error\"", []string{"901006"}, MentionMessage},
		{"cannot future", []string{}, ""},
	}
	for _, tt := range tests {
		var rs []Result
		if _, err := ReadText(cat, strings.NewReader(tt.text), func(r Result) error { rs = append(rs, r); return nil }); err != nil {
			t.Fatal(err)
		}
		if got := cards(rs); !slices.Equal(got, tt.want) {
			t.Errorf("ReadText(%q) = %q, want %q", tt.text, got, tt.want)
		}
		for _, r := range rs {
			if r.Mention != tt.how || len(tt.want) > 1 && r.Candidates != len(tt.want) {
				t.Errorf("ReadText(%q): %d mentioned as %q with %d candidates", tt.text, r.Code, r.Mention, r.Candidates)
			}
		}
	}
}

func BenchmarkReadText(b *testing.B) {
	cat := codes.Default()
	text := strings.Repeat("Hi team, the portal says Update date cannot be in the future (code 617020) for order 617123.\n", 1000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_, _ = ReadText(cat, strings.NewReader(text), func(Result) error { return nil })
	}
}

// FuzzReadText: any text reads without a panic, in bounded output, the same whole as byte by byte,
// and nothing it reports carries a raw control byte.
func FuzzReadText(f *testing.F) {
	for _, s := range []string{"Error 617020: Update date cannot be in future.", "617 020", "617O20", "“617020”",
		"mtapistatus=617020,901002", "HTTP 409", "-1", "Service Request couldn't be update", "\x1b]0;x\a617020",
		"a\u202e617020", "1,234,567", "{\"mtapistatus\":\"617020\"}", "update date cannot\nbe in the future"} {
		f.Add(s)
	}
	cat := codes.Default()
	f.Fuzz(func(t *testing.T, s string) {
		whole := readAll(t, cat, strings.NewReader(s))
		bytewise := readAll(t, cat, iotest.OneByteReader(strings.NewReader(s)))
		if !slices.Equal(whole, bytewise) {
			t.Fatalf("%q: whole %q, byte by byte %q", s, whole, bytewise)
		}
		_, err := ReadText(cat, strings.NewReader(s), func(r Result) error {
			for _, field := range []string{r.Quote, r.Explanation()} {
				for _, c := range field {
					if c < 0x20 && c != '\t' || c == 0x7f {
						t.Fatalf("%q: a control byte in %q", s, field)
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

// TestQuoteWhole: a message matched with its last word written differently quotes that word too,
// so that "the text says" says what the text says.
func TestQuoteWhole(t *testing.T) {
	cat := codes.Default()
	for in, want := range map[string]string{
		"Service Request couldn't be updaled.":        "Service Request couldn't be updaled",
		"SERVICE REQUEST COULD NOT BE CREATED":        "SERVICE REQUEST COULD NOT BE CREATED",
		"Update date cannot be in the future, again.": "Update date cannot be in the future",
	} {
		var quotes []string
		_, err := ReadText(cat, strings.NewReader(in), func(r Result) error { quotes = append(quotes, r.Quote); return nil })
		if err != nil || len(quotes) == 0 {
			t.Fatalf("%q: %v, %d results", in, err, len(quotes))
		}
		for _, q := range quotes {
			if q != want {
				t.Errorf("%q quotes %q, want %q", in, q, want)
			}
		}
	}
}
