package headers

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// passCheck reads in twice in step, line by line: once through the readers alone, once as the read
// loop reads it with pass (a line passed over, handed to the HTTP text reader, or read), and
// requires the same state and the same responses after every line. It returns how many lines there
// were and how many were passed over or handed on.
func passCheck(t testing.TB, name string, in []byte) (lines, passed int) {
	t.Helper()
	var ra, rb []string
	open := func(out *[]string) (*bufio.Reader, *textParser) {
		br, err := textReader(bytes.NewReader(in))
		if err != nil {
			return nil, nil
		}
		if structured, err := sniff(br); err != nil || structured {
			return nil, nil
		}
		p := &textParser{table: markerIndex(), only: famAll &^ famJSON}
		p.d.out = func(r Response) error { *out = append(*out, fmt.Sprintf("%+v", r)); return nil }
		return br, p
	}
	brA, a := open(&ra)
	brB, b := open(&rb)
	if a == nil {
		return 0, 0
	}
	b.passer.w = passNFAs()
	for {
		line, err := brA.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			return lines, passed // a line longer than the buffer is streamed, never passed over
		}
		if len(line) == 0 {
			break
		}
		lineB, _ := brB.ReadSlice('\n')
		lines++
		a.line(line, false)
		how := "read"
		b.passer.newBlock()
		if err == nil && b.pass(lineB) == len(lineB) {
			how, passed = "passed over or handed on", passed+1
		} else {
			b.line(lineB, false)
		}
		if sa, sb := passSnapshot(a), passSnapshot(b); sa != sb || len(ra) != len(rb) || len(ra) > 0 && ra[len(ra)-1] != rb[len(rb)-1] {
			i := 0
			for i < len(sa) && i < len(sb) && sa[i] == sb[i] {
				i++
			}
			lo := max(0, i-60)
			t.Errorf("%s, line %d %q, %s: the readers alone end elsewhere:\nalone …%s…\npass  …%s…\n(%d responses alone, %d with pass)",
				name, a.lineNo, line, how, sa[lo:min(len(sa), i+60)], sb[lo:min(len(sb), i+60)], len(ra), len(rb))
			return lines, passed
		}
		if err != nil || a.d.err != nil {
			break
		}
	}
	return lines, passed
}

// passSnapshot is what a line may change in the parser, its per-line scratch, its automata and
// the addresses of its own parts aside.
func passSnapshot(p *textParser) string {
	q := *p
	q.crlf, q.writtenEOL, q.scratch, q.passer, q.d.out, q.dump, q.slots = false, false, nil, passState{}, nil, nil, [32]any{}
	q.panes.row = 0          // the length of the row last read, set again before it is read
	q.paste.table.lineNo = 0 // the line the paste stage last saw, set again before it is read
	out := fmt.Sprintf("%+v", q)
	// A reader's own state shows by its value; one made on first use and still zero is as none.
	for i, s := range p.slots {
		if s == nil {
			continue
		}
		if v := reflect.ValueOf(s).Elem(); !v.IsZero() {
			out += fmt.Sprintf(" slot %d: %+v", i, v.Interface())
		}
	}
	return addresses.ReplaceAllString(out, "0x?")
}

var addresses = regexp.MustCompile(`0x[0-9a-f]{6,}`)

// TestPassChangesNothing checks pass's declarations against the readers on every capture and table
// case, and on each of them after an access log and inside a header block, where pass works most.
func TestPassChangesNothing(t *testing.T) {
	total, passed := 0, 0
	for name, in := range invarianceInputs(t) {
		for _, wrap := range passWraps {
			l, n := passCheck(t, name+" "+wrap.name, wrap.f(in))
			total, passed = total+l, passed+n
		}
	}
	t.Logf("%d lines, %d passed over", total, passed)
}

// passWraps put an input where pass applies: after ordinary log lines (loose), after a header
// block's ordinary field (block), after a response's body (body).
var passWraps = []struct {
	name string
	f    func([]byte) []byte
}{
	{"as it is", func(b []byte) []byte { return b }},
	{"after a log", func(b []byte) []byte {
		return append([]byte("10.1.2.3 - - [25/Nov/2026:10:00:01 +0000] \"GET / HTTP/1.1\" 200 5\n"), b...)
	}},
	{"in a header block", func(b []byte) []byte {
		return append([]byte("HTTP/1.1 200 OK\r\nServer: x\r\n"), b...)
	}},
	{"after a body", func(b []byte) []byte {
		return append([]byte("HTTP/1.1 200 OK\r\nServer: x\r\n\r\n{\"a\": 1}\n"), b...)
	}},
}

// FuzzPass checks pass's declarations against the readers on any input, in each of its phases.
func FuzzPass(f *testing.F) {
	for _, b := range invarianceInputs(f) {
		if len(b) < 4096 {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, wrap := range passWraps {
			passCheck(t, wrap.name, wrap.f(in))
		}
	})
}

// TestPassShare keeps pass worth having: it passes over nearly every line of an access log and
// most of a curl -i stream (scripts/bench.sh's sparse and dense inputs).
func TestPassShare(t *testing.T) {
	for _, c := range []struct {
		name string
		in   []byte
		min  float64
	}{
		{"sparse access log", benchSparse(1 << 20), 0.99},
		// (Every line but a response's mtapistatus field and the blank line after it.)
		{"dense curl -i stream", benchDense(1 << 20), 0.98},
		{"curl -i stream, fields that vary", benchDenseVaried(1 << 20), 0.95},
	} {
		lines, passed := passCheck(t, c.name, c.in)
		if share := float64(passed) / float64(lines); share < c.min {
			t.Errorf("%s: %d of %d lines passed over (%.0f%%), want at least %.0f%%", c.name, passed, lines, share*100, c.min*100)
		}
	}
}

// TestPassPatterns checks the automaton against Go's regexp, on each pattern written as the
// regular expression it stands for, over lines made of the bytes the patterns name.
func TestPassPatterns(t *testing.T) {
	classes := map[byte]string{
		'd': `[0-9]+`, 'x': `[0-9a-fA-F]`, 'u': `[A-Z]+`, 'a': `[A-Za-z]`, 'l': `[a-z]`, 'A': `[^A-Za-z]`, 'w': `[^ \n]*`, '.': `(?s:.)`,
		't': "[!#$%&'*+\\-.^_`|~0-9A-Za-z]*", 'T': "[^!#$%&'*+\\-.^_`|~0-9A-Za-z:]",
	}
	alphabet := []byte("09azAZ :-./\\\t\n\"'#[]<>=|Z_~*\xe2\xef")
	rnd := rand.New(rand.NewPCG(1, 2))
	ws, _ := passWants()
	for _, w := range ws {
		for _, pat := range w.starts {
			if strings.IndexFunc(pat, func(r rune) bool { return r >= 0x80 }) >= 0 {
				continue // Go's regexp reads runes, not bytes
			}
			var re strings.Builder
			re.WriteString(`^(?:`)
			fold := false
			for i := 0; i < len(pat); i++ {
				c := pat[i]
				if c == '\\' {
					i++
					if pat[i] == 'i' {
						fold = true
						continue
					}
					if cl, ok := classes[pat[i]]; ok {
						re.WriteString(cl)
					} else {
						re.WriteString(regexp.QuoteMeta(string(pat[i])))
					}
					continue
				}
				if fold && isLetter(c) {
					fmt.Fprintf(&re, "[%c%c]", c|0x20, c&^0x20)
					continue
				}
				fmt.Fprintf(&re, `\x%02x`, c)
			}
			re.WriteString(`)`)
			want := regexp.MustCompile(re.String())
			nfa := compilePassNFA([]passPattern{{compilePassPattern(pat, false), false}})
			var d passDFA
			try := func(line []byte) {
				if got, exp := d.match(&nfa, line) == passRead, want.Match(line); got != exp {
					t.Errorf("pattern %q (%s) on %q: %v, regexp says %v", pat, re.String(), line, got, exp)
				}
			}
			// The pattern's own bytes, cut short and changed, and random lines of the alphabet.
			lit := []byte(strings.NewReplacer(`\d`, "12", `\u`, "AB", `\a`, "x", `\l`, "q", `\w`, "a:b", `\.`, "?", `\i`, "", `\t`, "Ab-c", `\T`, " ", `\A`, "1", `\x`, "f", `\\`, `\`).Replace(pat))
			for i := 0; i <= len(lit); i++ {
				try(append(append([]byte(nil), lit[:i]...), '\n'))
				try(append(append([]byte(nil), lit...), lit[:i]...))
				if i < len(lit) {
					m := append([]byte(nil), lit...)
					m[i] = alphabet[rnd.IntN(len(alphabet))]
					try(m)
				}
			}
			for range 300 {
				line := make([]byte, rnd.IntN(24))
				for i := range line {
					line[i] = alphabet[rnd.IntN(len(alphabet))]
				}
				try(line)
			}
		}
	}
}

// TestWriteCases writes every table case to a file of its own in $MTAPI_WRITE_CASES, for
// scripts/headers-diff.sh to run the built binaries over. Without the variable it does nothing.
func TestWriteCases(t *testing.T) {
	dir := os.Getenv("MTAPI_WRITE_CASES")
	if dir == "" {
		t.Skip("MTAPI_WRITE_CASES is not set")
	}
	for i, set := range [][]parseCase{parseCases, familyCases, httpRuleCases} {
		for j, c := range set {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("case-%d-%03d.txt", i, j)), []byte(c.in), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
