package headers

import (
	"io"
	"os"
)

// Live reports whether r is a live stream (a pipe, a FIFO, a terminal, a socket) rather than a
// regular file. A live stream's responses are shown as they come: the caller flushes its output
// before each read that may wait (Options.BeforeRead). A regular file is read to its end and
// never waits, so its output is best written in large blocks.
func Live(r io.Reader) bool {
	f, ok := r.(interface{ Stat() (os.FileInfo, error) })
	if !ok {
		return true
	}
	fi, err := f.Stat()
	return err != nil || !fi.Mode().IsRegular()
}

// beforeRead calls before ahead of every read of r. Parse reads only when it has reported every
// response complete in what it has buffered, so that is when a caller's output is up to date.
type beforeRead struct {
	r      io.Reader
	before func() error
}

func (w *beforeRead) Read(b []byte) (int, error) {
	if err := w.before(); err != nil {
		return 0, err
	}
	return w.r.Read(b)
}
