package headers

import "bytes"

// PowerShell prompts. A transcript (Start-Transcript) or a pasted console shows each command after
// its prompt, "PS C:\Users\me> $req", and the command's output below it, up to the next prompt.
// The prompt titles that output as a label titles a printed object (read_sections.go). Where the
// command shows a variable the session set from a literal it wrote ($req = @{ mtapistatus =
// '555002' }: what it sends) or from Invoke-RestMethod (which returns the response's body, never
// its headers), nothing in the output counts, up to the next prompt. Any other command's output is
// read as usual: $h, set by -ResponseHeadersVariable h, shows the response's headers.

// psVarKind is what a session variable was set from.
type psVarKind uint8

const (
	psVarOther   psVarKind = iota
	psVarLiteral           // a hashtable or array the session wrote: what it sends
	psVarBody              // Invoke-RestMethod's result: the response's body
)

// maxPSVars bounds the variables remembered: a long transcript sets many, and those that matter
// are set shortly before they are shown.
const maxPSVars = 16

// psPromptState is the sections reader's memory of a session's variables, most recent last (in
// its sectionsState).
type psPromptState struct {
	names [maxPSVars]string
	kinds [maxPSVars]psVarKind
	n     int
}

// psPrompt returns the command typed after a PowerShell prompt, "PS C:\Users\me> $req" or
// "PS> $req", or ok false for any other line.
func psPrompt(b []byte) (cmd []byte, ok bool) {
	rest, found := bytes.CutPrefix(b, []byte("PS"))
	if !found || len(rest) < 2 {
		return nil, false
	}
	if rest[0] == '>' {
		return bytes.TrimSpace(rest[1:]), true
	}
	if rest[0] != ' ' {
		return nil, false
	}
	path := rest[1:]
	i := bytes.Index(path, []byte("> "))
	if i < 1 || i > 260 {
		return nil, false
	}
	// The location is a drive's ("C:\..."), a provider's ("HKLM:\", "Cert:\"), a share's ("\\srv")
	// or a Unix path ("/home/me", "~").
	p := path[:i]
	if !(p[0] == '/' || p[0] == '~' || p[0] == '\\' || isLetter(p[0]) && bytes.IndexByte(p, ':') > 0) {
		return nil, false
	}
	return bytes.TrimSpace(path[i+2:]), true
}

// psVariable returns the name of the variable a command starts with ("$req", "$body.errors",
// "$h | ConvertTo-Json") and the rest of the command after it.
func psVariable(cmd []byte) (name, rest []byte) {
	if len(cmd) < 2 || cmd[0] != '$' {
		return nil, nil
	}
	i := 1
	for i < len(cmd) && (isWordByte(cmd[i]) || cmd[i] == ':') {
		i++
	}
	if i == 1 {
		return nil, nil
	}
	return bytes.ToLower(cmd[1:i]), cmd[i:]
}

// psSetFrom says what an assignment's right-hand side sets a variable from.
func psSetFrom(rhs []byte) psVarKind {
	switch {
	case bytes.HasPrefix(rhs, []byte("@{")), bytes.HasPrefix(rhs, []byte("@(")),
		bytes.HasPrefix(rhs, []byte("[ordered]")), bytes.HasPrefix(rhs, []byte("[pscustomobject]")):
		return psVarLiteral
	}
	first, _, _ := bytes.Cut(rhs, []byte(" "))
	if bytes.EqualFold(first, []byte("Invoke-RestMethod")) || bytes.EqualFold(first, []byte("irm")) {
		return psVarBody
	}
	return psVarOther
}

// kind returns what the variable was last set from.
func (s *psPromptState) kind(name []byte) psVarKind {
	for i := s.n - 1; i >= 0; i-- {
		if s.names[i] == string(name) {
			return s.kinds[i]
		}
	}
	return psVarOther
}

// set remembers what the variable was set from, forgetting the oldest where the memory is full.
func (s *psPromptState) set(name []byte, k psVarKind) {
	for i := 0; i < s.n; i++ {
		if s.names[i] == string(name) {
			copy(s.names[i:], s.names[i+1:s.n])
			copy(s.kinds[i:], s.kinds[i+1:s.n])
			s.n--
			break
		}
	}
	if s.n == maxPSVars {
		copy(s.names[:], s.names[1:])
		copy(s.kinds[:], s.kinds[1:])
		s.n--
	}
	s.names[s.n], s.kinds[s.n] = string(name), k
	s.n++
}

// promptLine reads a line that is a PowerShell prompt and its command: it ends the output before
// it, and says whether the output after it may count. The command itself is what the session
// typed: nothing in it counts.
func (p *textParser) promptLine(body, cmd []byte) {
	p.endLoose()
	p.section, p.pairName = sectionNone, sectionPairNone
	p.passOver(body, RoleRequest, "a command line: what it sends is a request")
	st := &readerState[sectionsState](p, famSections).ps
	name, rest := psVariable(cmd)
	if name == nil {
		return
	}
	if t := bytes.TrimLeft(rest, " \t"); len(t) > 0 && t[0] == '=' && (len(t) == 1 || t[1] != '=') {
		st.set(name, psSetFrom(bytes.TrimSpace(t[1:])))
		return
	}
	if len(rest) == 0 || rest[0] == '.' || rest[0] == '[' || rest[0] == ' ' || rest[0] == '|' {
		if st.kind(name) != psVarOther {
			p.section = sectionEcho
		}
	}
}
