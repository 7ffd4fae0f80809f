package headers

import (
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Reader transcodes UTF-16 to UTF-8 as it reads, in constant memory.
type utf16Reader struct {
	r      io.Reader
	little bool
	in     [4096]byte
	inLen  int
	out    []byte
	high   rune // a pending high surrogate
	err    error
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) == 0 {
		if u.err != nil {
			return 0, u.err
		}
		n, err := u.r.Read(u.in[u.inLen:])
		u.inLen += n
		u.err = err
		u.transcode()
		if u.err != nil && u.inLen > 0 {
			// A dangling odd byte at the end is not text.
			u.out = utf8.AppendRune(u.out, utf8.RuneError)
			u.inLen = 0
		}
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	return n, nil
}

func (u *utf16Reader) transcode() {
	u.out = u.out[:0]
	i := 0
	for ; i+1 < u.inLen; i += 2 {
		var c rune
		if u.little {
			c = rune(u.in[i]) | rune(u.in[i+1])<<8
		} else {
			c = rune(u.in[i])<<8 | rune(u.in[i+1])
		}
		switch {
		case u.high != 0 && utf16.IsSurrogate(c) && c >= 0xDC00:
			u.out = utf8.AppendRune(u.out, utf16.DecodeRune(u.high, c))
			u.high = 0
			continue
		case u.high != 0:
			u.out = utf8.AppendRune(u.out, utf8.RuneError)
			u.high = 0
		}
		if c >= 0xD800 && c < 0xDC00 {
			u.high = c
			continue
		}
		if utf16.IsSurrogate(c) {
			c = utf8.RuneError
		}
		u.out = utf8.AppendRune(u.out, c)
	}
	copy(u.in[:], u.in[i:u.inLen])
	u.inLen -= i
}
