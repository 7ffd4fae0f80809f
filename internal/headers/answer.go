package headers

// A response answers a request. Where an input shows the request side (a request line, curl -v's
// "> ", .NET's "Method: ...", a logger's "request: ..."), each request is answered by one response:
// the response evidence that follows it (a status line, a response title or key, .NET's
// "StatusCode: ..." line, an unmarked header block) is matched to the request, in order, so
// pipelined requests are answered in turn. Evidence that comes after every request shown has
// been answered is not a response of this exchange but text printed after one: the body a program
// prints after the headers it printed ("Release notes / Response Headers / mtapistatus: 999999"),
// or a second printing of the same headers. It does not count: a wrong code is worse than none.
// Where the input shows no request at all, every response counts, as before.
type answerState struct {
	// sawRequest: the input has shown the request side.
	sawRequest bool
	// open counts the requests shown and not yet answered (capped: only its being zero matters).
	open int
	// extra: the response being read came after every request shown had been answered.
	extra bool
	// titleLine is the line of the last response's title ("Response:"), the evidence of the
	// response under it: a status line right below it (.NET's "StatusCode: 400, ...") is the same
	// response's, not another's.
	titleLine int
}

// titled records a response's title at line: the response under it answers a request.
func (a *answerState) titled(line int) {
	a.responseEvidence()
	a.titleLine = line
}

// subtitled records a title that is the same response's as the title above it: a status line
// right below it is that response's too.
func (a *answerState) subtitled(line int) { a.titleLine = line }

// statusEvidence records a status line at line, unless it is the status of the response whose
// title is on the line above.
func (a *answerState) statusEvidence(line int) {
	if a.titleLine > 0 && a.titleLine == line-1 {
		a.titleLine = 0
		return
	}
	a.responseEvidence()
}

// sentRequest records a request shown in the input.
func (a *answerState) sentRequest() {
	a.sawRequest = true
	a.extra = false
	if a.open < 64 {
		a.open++
	}
}

// responseEvidence records something that starts a response, and decides whether that response
// answers a request.
func (a *answerState) responseEvidence() {
	a.extra = a.sawRequest && a.open == 0
	if a.open > 0 {
		a.open--
	}
}
