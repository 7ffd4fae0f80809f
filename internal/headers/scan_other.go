//go:build !amd64 || purego

package headers

func scanVector() bool { return false }

func scanChunks(b []byte, k int, v *scanVecs, common, all []uint64) {
	panic("unreachable")
}

func anyChunk(b []byte, k int, q *byteQuad) int { panic("unreachable") }
