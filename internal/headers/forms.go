package headers

// textMode is the marker reader that holds a text input (readers.go), as its family's bit: once one
// of its marker lines has been read, its reader unwraps every line before the HTTP reader reads
// what it carries. Each lives in a file of its own: read_trace.go (curl --trace), read_nghttp.go,
// read_python.go, read_w3c.go, read_tshark.go, read_ruby.go, read_okhttp.go, read_powershell.go,
// read_gohttp2.go. A new marker reader's mode is textMode(its family).
type textMode family

const (
	modeNone   textMode = 0
	modeTrace           = textMode(famTrace)
	modeH2              = textMode(famH2)
	modePython          = textMode(famPython)
	modeW3C             = textMode(famW3C)
	modeTshark          = textMode(famTshark)
	modeRuby            = textMode(famRuby)
	modeOkHTTP          = textMode(famOkHTTP) // lines between the markers are HTTP text
	modePS              = textMode(famPS)     // PowerShell's Format-List of a web response object
)

// framed recognises and unwraps the prefixed formats. It reports whether it handled the line, and,
// like line, whether the rest of a long line is a value to stream (never, here: prefixed formats
// put one header per line and their values are short).
func (p *textParser) framed(b []byte, partial bool) (bool, bool) {
	if len(b) == 0 {
		if p.mode == modeTrace || p.mode == modeH2 || p.mode == modeRuby || p.mode == modeTshark && p.tshark.proto != tsharkHTTP1 {
			return true, false
		}
		if p.mode == modePython {
			p.endPython()
		}
		return false, false
	}
	if took, stream := p.markers(b, partial); took {
		return true, stream
	}
	if p.mode == modeTshark {
		// A line of a protocol tree other than HTTP's, or of none.
		return p.tshark.proto != tsharkHTTP1, false
	}
	switch p.mode {
	case modeTrace, modeH2, modeRuby:
		// Anything else between the markers (a body written to the same stream, nghttp's request
		// dump and frame details) is not a response header.
		return true, false
	case modePython:
		p.endPython()
	case modeW3C:
		p.w3cRow(b)
		return true, false
	}
	return false, false
}
