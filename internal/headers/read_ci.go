package headers

import (
	"bytes"
	"strings"
)

// ciStep passes over a CI step's definition: GitHub Actions prints a step's script, shell and env
// between "##[group]Run ..." and "##[endgroup]" (each line after the runner's timestamp) before the
// step's output. What is there is a command and its settings (env: MTAPI_HEADER: mtapistatus:
// 555002), never a response. It reports whether it took the line.
func (p *textParser) ciStep(raw []byte) bool {
	b := raw
	if isDigit(b[0]) {
		// The runner's "2026-12-07T11:40:00.0000000Z ".
		sp := bytes.IndexByte(b, ' ')
		if sp < 1 || sp > 40 || b[sp-1] != 'Z' {
			return p.inCIStep
		}
		b = b[sp+1:]
	}
	switch {
	case p.inCIStep:
		p.inCIStep = !bytes.HasPrefix(b, []byte("##[endgroup]"))
		return true
	case bytes.HasPrefix(b, []byte("##[group]Run ")):
		p.endResponse()
		p.inCIStep = true
		return true
	}
	return false
}

// ciClaim claims a CI log from a step's group marker on its first line.
func ciClaim(h look) bool { return strings.Contains(h.first(), "##[group]") }
