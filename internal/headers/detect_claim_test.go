package headers

import (
	"bufio"
	"bytes"
	"math/rand/v2"
	"testing"
)

// Each reader claims its own tool's output from its start, and nothing claims codes or prose.
func TestClaim(t *testing.T) {
	cases := []struct{ in, want string }{
		{"HTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\n", "http"},
		{"GET / HTTP/1.1\r\nHost: a\r\n", "http"},
		{"* Trying 127.0.0.1:80...\n", "http"},
		{"Content-Type: text/plain\nmtapistatus: 617020\n", "http"},
		{"{\n\"date\": \"x\",\n\"mtapistatus\": \"-1\"\n}\n", "json"},
		{"== Info: Trying 127.0.0.1:8080...\n", "curl-trace"},
		{"12:00:00.000000 == Info: Connected\n", "curl-trace"},
		{"[  0.001] Connected\n", "nghttp"},
		{"send: b'GET / HTTP/1.1\\r\\n'\n", "python-http"},
		{"#Software: Microsoft Internet Information Services 10.0\n", "w3c"},
		{"Frame 4: 150 bytes on wire (1200 bits), 150 bytes captured\n", "tshark"},
		{"opening connection to 127.0.0.1:8080...\n", "ruby-http"},
		{"--> GET http://127.0.0.1/x\n", "okhttp"},
		{"<-- 400 http://127.0.0.1/x (12ms)\n", "okhttp"},
		{"StatusCode        : 400\n", "powershell"},
		{"<?xml version=\"1.0\"?>\n", "xml"},
		{"2026-12-07T10:00:00.0000000Z ##[group]Run curl -sv URL\n", "ci"},
		{"Response Headers\nmtapistatus: 617020\n", "sections"},
		{"2026-11-25 10:00:01 INFO upstream mtapistatus=617020\n", "log"},
		// Not claimed: codes, names, prose, a bare header line (a value to decode as it stands).
		{"617020\n601000\n", ""},
		{"UpdateDateCannotBeInFuture\n", ""},
		{"Hi team, the portal says 617020 again.\n", ""},
		{"mtapistatus: 617020\n", ""},
		{"", ""},
	}
	for _, c := range cases {
		if got := Claim([]byte(c.in)); got != c.want {
			t.Errorf("Claim(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// headOf runs Head over r as a caller would.
func headOf(r *bufio.Reader) string { return string(Head(r)) }

// Head depends on the bytes only: however they arrive, it returns the same start, and a list of
// codes is decided on its first line.
func TestHeadSameHoweverSplit(t *testing.T) {
	inputs := invarianceInputs(t)
	for name, b := range inputs {
		if len(b) > 64<<10 {
			continue
		}
		want := headOf(bufio.NewReader(bytes.NewReader(b)))
		if len(want) > lookBytes {
			t.Errorf("%s: head of %d bytes", name, len(want))
		}
		for _, s := range splits {
			if got := headOf(bufio.NewReader(s.r(b))); got != want {
				t.Errorf("%s, %s: head %q, want %q", name, s.name, got, want)
			}
		}
	}
	if got := headOf(bufio.NewReader(bytes.NewReader([]byte("617020\n601000\n")))); got != "617020\n" {
		t.Errorf("a list of codes: head %q", got)
	}
}

func FuzzClaim(f *testing.F) {
	f.Add([]byte("HTTP/1.1 200 OK\r\nmtapistatus: 1\r\n"), uint8(3))
	f.Add([]byte("{\n\"a\": 1,\n\"b\": 2\n}"), uint8(1))
	f.Add([]byte("617020\n"), uint8(7))
	f.Fuzz(func(t *testing.T, in []byte, max uint8) {
		want := headOf(bufio.NewReader(bytes.NewReader(in)))
		r := &chunkReader{b: in, rnd: newRand(uint64(max)), max: int(max%16) + 1}
		if got := headOf(bufio.NewReader(r)); got != want {
			t.Fatalf("head %q, want %q", got, want)
		}
		if !bytes.HasPrefix(in, []byte(want)) {
			t.Fatalf("head %q is not the input's start", want)
		}
		_ = Claim([]byte(want))
	})
}

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, seed>>7)) }

// Prose that names the header is text: decode reads the codes it mentions. Only a field claims.
func TestLogClaimNeedsAField(t *testing.T) {
	for in, want := range map[string]string{
		"From the logs: the server replied with mtapistatus 617020 and then 901001.\n": "",
		"2026-11-25 10:00:01 INFO upstream mtapistatus=617020\n":                       "log",
		"INFO headers: {'mtapistatus': '617020', 'server': 'x'}\n":                     "log",
		"    [mtapistatus] => 617020\n    [server] => x\n":                             "log",
		"│ server      │ IIS    │\n│ mtapistatus │ 617020 │\n":                         "log",
	} {
		if got := Claim([]byte(in)); got != want {
			t.Errorf("Claim(%q) = %q, want %q", in, got, want)
		}
	}
}
