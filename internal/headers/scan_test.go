package headers

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
)

// scanReference is scanBlock byte by byte.
func scanReference(b []byte, common, extra []scanAnchor) (hit, all []uint64) {
	words := (len(b) + 63) / 64
	hit, all = make([]uint64, words), make([]uint64, words)
	for i := range b {
		for k, a := range append(common, extra...) {
			if a.at(b, i) {
				if k < len(common) {
					hit[i/64] |= 1 << (i % 64)
				}
				all[i/64] |= 1 << (i % 64)
			}
		}
	}
	return hit, all
}

// checkScan compares scanBlock, and the generic code alone, with the reference.
func checkScan(t *testing.T, b []byte, common, extra []scanAnchor) {
	t.Helper()
	set := newScanSet(common, extra)
	wantHit, wantAll := scanReference(b, common, extra)
	for _, how := range []string{"vector", "generic", "by stretches"} {
		hit, all := make([]uint64, len(wantHit)), make([]uint64, len(wantHit))
		for i := range hit {
			hit[i], all[i] = ^uint64(0), ^uint64(0) // (every word must be written)
		}
		switch how {
		case "vector":
			scanBlock(b, 0, len(b), set, hit, all)
		case "generic":
			scanGeneric(b, 0, len(b), set, hit, all)
		default:
			for from := 0; from < len(b); from += 128 {
				scanBlock(b, from, min(len(b), from+128), set, hit, all)
			}
		}
		for w := range hit {
			if hit[w] != wantHit[w] || all[w] != wantAll[w] {
				t.Fatalf("%s: word %d of %q (anchors %v %v): hit %064b all %064b, want %064b %064b",
					how, w, b, common, extra, hit[w], all[w], wantHit[w], wantAll[w])
			}
		}
	}
}

func TestScanBlock(t *testing.T) {
	// The strings pass looks for: of one byte, two letters in any case, exact; and a letter in
	// any case alone.
	common := slices.Concat(anchorsOf([]byte("\x1b"), false), anchorsOf([]byte("|"), false), anchorsOf([]byte("mtapistatus"), true))
	extra := anchorsOf([]byte("HTTP/"), false)
	if newScanSet(common, extra).vecs == nil || passNFAs()[0].scan.vecs == nil {
		t.Fatal("the strings pass looks for no longer take the vector code's shape")
	}
	for _, s := range []string{
		"", "\n", "x", "mt", "Mt\n", "HT", "\x1b", "|",
		"10.1.1.1 - - \"GET /api HTTP/1.1\" 200 \"Mozilla\" mtapistatus=617020\n",
		"MTAPISTATUS: 1\r\nmTaPiStatus: 2\n" + string(bytes.Repeat([]byte("a|b\x1bc\n"), 40)) + "HTTP/1.1 200 OK\r\nM",
		string(bytes.Repeat([]byte("x"), 63)) + "mt", // an anchor across the vector code's last chunk
		string(bytes.Repeat([]byte("x"), 64)) + "mt",
		string(bytes.Repeat([]byte("x"), 127)) + "m",
		string(bytes.Repeat([]byte("\n"), 200)),
	} {
		checkScan(t, []byte(s), common, extra)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("mMtT\n|\x1bHTP/ xaA-\xff\x00")
	for range 2000 {
		b := make([]byte, rng.IntN(300))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		checkScan(t, b, common, extra)
		// (And anchors in other shapes, which the generic code finds alone.)
		checkScan(t, b, common, slices.Concat(extra, anchorsOf([]byte("a-"), true)))
		checkScan(t, b, anchorsOf([]byte("|"), false), nil)
	}
}

func FuzzScanBlock(f *testing.F) {
	f.Add([]byte("mtapistatus: 1\n"), byte('m'), byte('t'), true)
	f.Add([]byte("a|b\n"), byte('|'), byte(0), false)
	f.Fuzz(func(t *testing.T, b []byte, c0, c1 byte, fold bool) {
		s := []byte{c0, c1}
		if c1 == 0 {
			s = s[:1]
		}
		if fold && !isLetter(c0) {
			fold = false
		}
		if c0 == '\n' {
			c0 = 'x' // (no string looked for holds a line end)
		}
		checkScan(t, b, slices.Concat(anchorsOf([]byte("\x1b"), false), anchorsOf([]byte("mt"), true)), anchorsOf(s, fold))
		checkScan(t, b, anchorsOf([]byte("\x1b"), false), anchorsOf(s, fold))
	})
}

// FuzzIndexAny4 checks the search for any of four bytes against a byte-by-byte reference.
func FuzzIndexAny4(f *testing.F) {
	f.Add([]byte("plain text\n"), byte(0), byte(0xC2), byte(0xE2), byte(0xEF))
	f.Add(bytes.Repeat([]byte("x"), 200), byte('x'), byte(1), byte(2), byte(3))
	f.Add(append(bytes.Repeat([]byte("x"), 130), 0xEF), byte(0), byte(0xC2), byte(0xE2), byte(0xEF))
	f.Fuzz(func(t *testing.T, b []byte, c0, c1, c2, c3 byte) {
		want := slices.IndexFunc(b, func(c byte) bool { return c == c0 || c == c1 || c == c2 || c == c3 })
		if got := indexAny4(b, newByteQuad([4]byte{c0, c1, c2, c3})); got != want {
			t.Fatalf("indexAny4(%q, %q) = %d, want %d", b, []byte{c0, c1, c2, c3}, got, want)
		}
	})
}

// BenchmarkScanBlock finds the anchors of a block of the sparse access log (pass's bulk search,
// scanned from the buffer as pass does), and BenchmarkIndexAny4 looks for the paste stage's bytes
// in it.
func BenchmarkScanBlock(b *testing.B) {
	block := benchSparse(64 << 10)[:64<<10]
	set := passNFAs()[0].scan
	common, all := make([]uint64, 1024), make([]uint64, 1024)
	b.SetBytes(int64(len(block)))
	for b.Loop() {
		scanBlock(block, 0, len(block), set, common, all)
	}
}

func BenchmarkIndexAny4(b *testing.B) {
	block := benchSparse(64 << 10)[:64<<10]
	b.SetBytes(int64(len(block)))
	for b.Loop() {
		if indexAny4(block, pasteLeads()) >= 0 {
			b.Fatal("the access log holds none of the paste stage's bytes")
		}
	}
}
