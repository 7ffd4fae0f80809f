//go:build amd64 && !purego

package headers

import "golang.org/x/sys/cpu"

// scanVector reports whether scanChunks may run: it needs AVX2.
func scanVector() bool { return cpu.X86.HasAVX2 }

// scanChunks is scanBlock for the first k chunks of 64 bytes of b, which holds at least one byte
// more (scan_amd64.s).
//
//go:noescape
func scanChunks(b []byte, k int, v *scanVecs, common, all []uint64)

// anyChunk returns the index of the first of the k chunks of 64 bytes of b that holds one of q's
// bytes, or k (scan_amd64.s).
//
//go:noescape
func anyChunk(b []byte, k int, q *byteQuad) int
